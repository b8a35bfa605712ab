// Swagger UI under its Content-Security-Policy, in Debian's chromium driven by playwright-core:
//
//   node e2e/swagger-ui.e2e.mjs <base-url> [screenshot-dir]
//
// Run by SwaggerUiBrowserIT. Opens /swagger-ui/, waits for the API's operations to be drawn from
// the OpenAPI file, and fails on any script error or any Content-Security-Policy violation (the
// policy allows the page's one inline script by its hash; system/SecurityHeadersFilter).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const here = dirname(fileURLToPath(import.meta.url));
const base = (process.argv[2] ?? 'http://localhost:8080').replace(/\/$/, '');
const shots = resolve(process.argv[3] ?? join(here, '../../../../target/screenshots'));
mkdirSync(shots, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(`script error: ${e}`));
  // chromium reports every blocked load, script or style as a console error naming the policy
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) problems.push(m.text());
  });
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation',
    (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`)));

  const response = await page.goto(`${base}/swagger-ui/`);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-security-policy'] ?? '', /script-src 'self' 'sha256-/);

  // one operation of the contestant API, drawn from the OpenAPI file by the UI's own scripts
  await page.locator('.opblock-summary-path', { hasText: '/api/rounds/{roundId}/attempts' }).first()
    .waitFor({ timeout: 30_000 });
  const operations = await page.locator('.opblock').count();
  assert.ok(operations > 20, `the operations are drawn (${operations})`);
  await page.locator('.opblock-summary', { hasText: '/api/register' }).first().click();
  await page.getByRole('button', { name: 'Try it out' }).first().waitFor();
  await page.screenshot({ path: join(shots, 'swagger-ui-1280.png') });

  assert.deepEqual(problems, [], 'no script error and no Content-Security-Policy violation');
  console.log(`swagger ui passed: ${operations} operations drawn`);
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  await browser.close();
}
