// An oversized upload from a real browser: chromium's fetch() must get the 413 and its JSON at once,
// not hang on a connection the server no longer reads (system/LingeringClose).
//
//   node e2e/oversized-upload.e2e.mjs <base-url> <admin-password>
//
// Run by OversizedUploadBrowserIT.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';

const base = (process.argv[2] ?? 'http://localhost:8080').replace(/\/$/, '');
const password = process.argv[3] ?? 'Admin-test-1234';

async function call(method, path, body, token) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  assert.ok(response.ok, `${method} ${path}: ${response.status} ${text}`);
  return JSON.parse(text);
}

const token = (await call('POST', '/login', { username: 'admin', password })).access_token;
const bank = await call('POST', '/api/admin/banks', { name: `Ngân hàng tải quá lớn ${Date.now()}` }, token);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(`${base}/swagger-ui/`);
  const answers = await page.evaluate(async ({ bankId, token }) => {
    async function timed(path, init) {
      const started = performance.now();
      // a hung connection fails here rather than at the test's own time limit
      const response = await fetch(path, { ...init, signal: AbortSignal.timeout(20_000) });
      return { status: response.status, body: await response.json(), ms: Math.round(performance.now() - started) };
    }
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(30 * 1024 * 1024).fill(65)], { type: 'text/csv' }), 'ngan-hang.csv');
    const upload = await timed(`/api/admin/banks/${bankId}/imports`,
      { method: 'POST', body: form, headers: { Authorization: `Bearer ${token}` } });
    const json = await timed('/api/register', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ fullName: 'a'.repeat(30 * 1024 * 1024) }),
    });
    return { upload, json };
  }, { bankId: bank.id, token });

  console.log(`upload: ${answers.upload.status} in ${answers.upload.ms} ms; JSON: ${answers.json.status} in ${answers.json.ms} ms`);
  assert.equal(answers.upload.status, 413);
  assert.equal(answers.upload.body.message, 'Tệp quá lớn (tối đa 10 MB).');
  assert.equal(answers.upload.body.details.maxBytes, 10 * 1024 * 1024);
  assert.ok(answers.upload.ms < 5000, 'the upload is answered at once');
  assert.equal(answers.json.status, 413);
  assert.equal(answers.json.body.message, 'Dữ liệu gửi lên quá lớn (tối đa 1 MB).');
  assert.ok(answers.json.ms < 5000, 'the JSON body is answered at once');
  console.log('oversized upload passed');
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  await browser.close();
}
