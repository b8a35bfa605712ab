// What the console's login screen costs to open: the sum of the gzip sizes of everything the page
// requests until the form is shown and the network is idle. Fails over the budget (150 KB).
//   node e2e/login-size.mjs [base-url | built-console-dir]
// With a directory (default: ../app/target/classes/admin, where the build puts the console) it
// serves the files itself under /admin/; with a URL it asks that server (AdminConsole browser tests).
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const LOGIN_BUDGET = 150 * 1024;

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon' };

/** Serves a built console under /admin/, index.html for any path below it, as app does. */
export function serveConsole(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith('/admin')) {
      res.writeHead(404).end();
      return;
    }
    let file = join(dir, path.slice('/admin'.length));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/**
 * Opens the login in `page` and returns [{url, bytes, gzip}] for every response, with the total:
 * the gzip size is what a compressing server or proxy would send (level 6, gzip's default).
 */
export async function measureLogin(page, base) {
  const seen = [];
  const onResponse = async (response) => {
    try {
      const body = await response.body();
      seen.push({ url: response.url().replace(base, ''), bytes: body.length, gzip: gzipSync(body, { level: 6 }).length });
    } catch {
      // a redirect or an aborted request has no body to count
    }
  };
  page.on('response', onResponse);
  await page.goto(`${base}/admin/`, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: /Đăng nhập|Sign in/ }).waitFor();
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  const total = seen.reduce((sum, r) => sum + r.gzip, 0);
  return { files: seen, total };
}

export function report({ files, total }) {
  for (const f of files) console.log(`  ${(f.gzip / 1024).toFixed(1).padStart(7)} KB gzip  ${(f.bytes / 1024).toFixed(1).padStart(7)} KB  ${f.url}`);
  console.log(`  ${(total / 1024).toFixed(1).padStart(7)} KB gzip in all (budget ${LOGIN_BUDGET / 1024} KB)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = process.argv[2] ?? resolve(fileURLToPath(new URL('.', import.meta.url)), '../../app/target/classes/admin');
  let server;
  let base = target.replace(/\/$/, '');
  if (!/^https?:/.test(target)) {
    server = await serveConsole(resolve(target));
    base = `http://127.0.0.1:${server.address().port}`;
  }
  const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'login-size-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    const measured = await measureLogin(page, base);
    console.log(`Login screen of ${base}/admin/:`);
    report(measured);
    if (measured.total > LOGIN_BUDGET) {
      console.error(`The login screen needs ${(measured.total / 1024).toFixed(1)} KB gzip, over the ${LOGIN_BUDGET / 1024} KB budget.`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    server?.close();
  }
}
