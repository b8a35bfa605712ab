// The organizer's day in the console, in Debian's chromium driven by playwright-core:
//   node e2e/organizer-day.e2e.mjs <base-url> <bank-file> [screenshot-dir] [admin-password]
// Signs in as admin, creates a bank and imports a file into it (upload → preview → confirm),
// creates a contest with rules, adds a round and publishes both, then opens the live view and the
// audit log. Every screen is photographed at 1280×800 and 360×740.
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import assert from 'node:assert/strict';

const base = (process.argv[2] ?? 'http://localhost:8080').replace(/\/$/, '');
const bankFile = resolve(process.argv[3] ?? '../question-bank/bank/ngay-chuyen-doi-so.txt');
const shots = resolve(process.argv[4] ?? '../app/target/screenshots/admin');
const password = process.argv[5] ?? 'Admin-test-1234';
mkdirSync(shots, { recursive: true });

const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'admin-e2e-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 800 },
  locale: 'vi-VN',
});
const page = browser.pages()[0] ?? (await browser.newPage());
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));

/** Both sizes of the screen as it is now. */
async function shot(name) {
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(shots, `${name}-1280.png`) });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(shots, `${name}-360.png`) });
  await page.setViewportSize({ width: 1280, height: 800 });
}

const step = (name) => console.log(`· ${name}`);
const stamp = Date.now().toString(36);

try {
  step('login');
  await page.goto(`${base}/admin/`);
  await page.getByLabel('Tên đăng nhập').waitFor();
  await shot('01-login');
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Theo dõi trực tiếp' }).waitFor();

  step('import a bank');
  await page.getByRole('link', { name: 'Ngân hàng câu hỏi' }).first().click();
  await page.getByRole('button', { name: 'Tạo ngân hàng' }).click();
  await page.getByRole('dialog').getByLabel('Tên').fill(`Ngân hàng E2E ${stamp}`);
  await page.getByRole('dialog').getByRole('button', { name: /OK|Đồng ý/ }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await page.getByRole('button', { name: /Nhập từ tệp/ }).click();
  await page.locator('input[type=file]').setInputFiles(bankFile);
  await page.getByRole('button', { name: 'Xác nhận nhập' }).waitFor();
  await shot('02-import-preview');
  await page.getByRole('button', { name: 'Xác nhận nhập' }).click();
  await page.getByText(/^Đã nhập:/).waitFor();
  await shot('03-import-done');
  await page.getByRole('button', { name: 'Đóng' }).last().click();
  await page.locator('.ant-table-row').first().waitFor();
  await shot('04-question-bank');
  await page.locator('.ant-table-row').first().click();
  await page.getByText('Lịch sử phiên bản').waitFor();
  await shot('05-question-editor');
  await page.keyboard.press('Escape');

  step('create a contest and a round');
  await page.getByRole('link', { name: 'Cuộc thi' }).first().click();
  await page.getByRole('button', { name: 'Tạo cuộc thi' }).click();
  await page.getByLabel('Tên', { exact: true }).fill(`Cuộc thi E2E ${stamp}`);
  await page.getByLabel('Đường dẫn rút gọn').fill(`e2e-${stamp}`);
  await page.getByLabel('Đơn vị tổ chức').fill('Sở Khoa học và Công nghệ');
  await page.getByLabel('Ngân hàng câu hỏi').click();
  await page.locator('.ant-select-item-option', { hasText: `Ngân hàng E2E ${stamp}` }).click();
  await page.getByLabel('Thể lệ (Markdown)').fill('## Thể lệ\n\n- Mỗi người thi **một** lượt.');
  await shot('06-contest-new');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByRole('button', { name: 'Thêm đợt thi' }).waitFor();
  await page.getByRole('button', { name: 'Thêm đợt thi' }).click();
  await page.getByRole('dialog').waitFor();
  await shot('07-round-editor');
  await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  await page.getByRole('table').getByRole('button', { name: 'Công bố' }).click();
  await page.getByRole('table').getByRole('button', { name: 'Thu hồi' }).waitFor();
  await page.getByRole('button', { name: 'Công bố' }).first().click();
  await page.locator('.ant-tag', { hasText: 'PUBLISHED' }).first().waitFor();
  await shot('08-contest-published');

  step('live view and audit log');
  await page.getByRole('link', { name: 'Theo dõi trực tiếp' }).click();
  await page.getByText('Lượt thi mỗi phút').waitFor();
  await shot('09-live-view');
  // on a narrow header the menu folds its last entries away: open the log by its address
  await page.goto(`${base}/admin/audit`);
  await page.getByText('ROUND_PUBLISHED').first().waitFor();
  await shot('10-audit-log');

  step('english');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Audit log' }).waitFor();
  await shot('11-audit-log-en');

  assert.deepEqual(errors, [], 'no script errors on any screen');
  console.log(`organizer day passed; screenshots in ${shots}`);
} catch (e) {
  await page.screenshot({ path: join(shots, 'failure.png') }).catch(() => {});
  console.error(e);
  process.exitCode = 1;
} finally {
  await browser.close();
}
