// The support desk's day in Debian's chromium driven by playwright-core:
//   node e2e/support-desk.e2e.mjs <base-url> [screenshot-dir] [admin-password]
// An ADMIN creates a SUPPORT staff member (the staff API) and, in the console, finds a registered
// contestant and shows the numbers in full with a reason (only the chair and ADMIN may); the support
// member signs in, must replace the one-time password, sees only the desk and the identity claims,
// finds the contestant by a phone typed with dots, corrects the unit and issues a one-time password
// shown once; the contestant signs in on the contest page with it and must set a new one. Every
// screen at 1366 and 390 px (screenshots), none with a raw code, none wider than the phone, and no
// Content-Security-Policy violation anywhere.
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import assert from 'node:assert/strict';

const base = (process.argv[2] ?? 'http://localhost:8080').replace(/\/$/, '');
const shots = resolve(process.argv[3] ?? '../app/target/screenshots/support');
const adminPassword = process.argv[4] ?? 'Admin-test-1234';
mkdirSync(shots, { recursive: true });

/** Every code the label file knows, as it must never appear on a screen: ALL-CAPS words of four letters or more. */
const labels = JSON.parse(readFileSync(new URL('../../app/src/main/resources/labels/vi.json', import.meta.url), 'utf8'));
const RAW_CODES = [...new Set(Object.values(labels).flatMap((kind) => Object.keys(kind)))].filter((c) => /^[A-Z][A-Z_]{3,}$/.test(c));

const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'support-e2e-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 1366, height: 800 },
  locale: 'vi-VN',
  timezoneId: 'Asia/Ho_Chi_Minh',
});
const page = browser.pages()[0] ?? (await browser.newPage());
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
// chromium reports every load, script or style the policy blocked as a console error naming it
const policyViolations = [];
page.on('console', (m) => {
  if (/Content Security Policy/i.test(m.text())) policyViolations.push(m.text());
});
const recent = [];
page.on('response', (response) => {
  recent.push(`${response.request().method()} ${response.url().replace(base, '')} → ${response.status()}`);
  if (recent.length > 30) recent.shift();
});

const started = Date.now();
const step = (name) => console.log(`· ${((Date.now() - started) / 1000).toFixed(1)} s ${name}`);
const stamp = Date.now().toString(36);

async function call(method, path, { body, token } = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

async function settled() {
  await page.waitForLoadState('networkidle');
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => {});
  await page.waitForTimeout(250);
}

async function check(name) {
  const text = await page.locator('body').innerText();
  const found = RAW_CODES.filter((code) => new RegExp(`(^|[^A-Za-z_])${code}($|[^A-Za-z_])`).test(text));
  assert.deepEqual(found, [], `raw codes on the screen "${name}": ${found.join(', ')}`);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(wide <= 1, `the screen "${name}" is ${wide} px wider than the window (${page.viewportSize().width} px)`);
}

/** The screen as it is now at 1366 and at 390 px, each checked. */
async function shot(name) {
  await settled();
  await check(`${name} at 1366`);
  await page.screenshot({ path: join(shots, `${name}-1366.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(400);
  await check(`${name} at 390`);
  await page.screenshot({ path: join(shots, `${name}-390.png`), fullPage: true });
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.waitForTimeout(250);
}

async function signIn(username, password) {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** On the desk's search: a phone typed as people say it, with dots; the contestant's file opened. */
async function findByPhone(dotted, fullName) {
  await page.getByLabel('Số điện thoại').fill(dotted);
  await page.getByRole('button', { name: /Tìm$/ }).click();
  await page.getByText('Tìm thấy 1 thí sinh').waitFor();
  await page.getByRole('link', { name: fullName }).click();
  await page.getByRole('heading', { name: `Thí sinh ${fullName}` }).waitFor();
}

const dialog = (title) => page.locator('.ant-modal-content', { has: page.locator('.ant-modal-title', { hasText: title }) });

try {
  step('a contestant registers; the ADMIN creates a member of the support desk');
  const adminToken = (await call('POST', '/login', { body: { username: 'admin', password: adminPassword } })).access_token;
  const [consent, communes] = await Promise.all([call('GET', '/api/consent'), call('GET', '/api/catalog/communes')]);
  const phone = `09${String((Date.now() * 7) % 100_000_000).padStart(8, '0')}`;
  const dotted = `${phone.slice(0, 4)}.${phone.slice(4, 7)}.${phone.slice(7)}`;
  const masked = `${phone.slice(0, 3)}****${phone.slice(7)}`;
  const fullName = 'Phạm Thị Thu Hương';
  await call('POST', '/api/register', {
    body: {
      fullName,
      citizenId: `075190${String(Date.now() % 1_000_000).padStart(6, '0')}`,
      phone,
      birthDate: '1990-05-17',
      commune: communes[0]?.name ?? 'Phường Trấn Biên',
      unit: 'Sở Khoa học và Công nghệ',
      group: 'OFFICIAL',
      password: `matkhau-2025-${stamp}`,
      consent: { version: consent.version, accepted: true },
    },
  });
  const username = `hotro.${stamp}`;
  const created = await call('POST', '/api/admin/staff', {
    token: adminToken, body: { username, fullName: 'Lê Thu Hà', roles: ['SUPPORT'] },
  });
  const temporary = created.temporaryPassword;
  assert.ok(temporary, 'the staff API generated a one-time password');

  step('the ADMIN finds the contestant and shows the numbers in full, with a reason');
  await page.goto(`${base}/admin/support`);
  await signIn('admin', adminPassword);
  await page.getByRole('heading', { name: 'Hỗ trợ thí sinh' }).waitFor();
  await findByPhone(dotted, fullName);
  assert.equal((await page.getByTestId('registration-phone').innerText()).trim(), masked, 'the phone is masked');
  await page.getByRole('button', { name: /Hiện đầy đủ/ }).click();
  const why = dialog('Lý do xem dữ liệu cá nhân không che');
  await why.getByLabel('Lý do').fill('Đối chiếu giấy tờ khi trao giải');
  await why.getByRole('button', { name: /Hiện đầy đủ/ }).click();
  await page.getByTestId('registration-phone').getByText(phone, { exact: true }).waitFor();
  await shot('s01-admin-unmasked');
  await page.getByRole('button', { name: 'Quản trị hệ thống' }).click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();

  step('the support member signs in and must replace the one-time password first');
  await signIn(username, temporary);
  await page.getByTestId('must-change-password').waitFor();
  await shot('s02-forced-password');
  const ownPassword = `Mat-khau-moi-${stamp}9`;
  await page.getByLabel('Mật khẩu hiện tại').fill(temporary);
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill(ownPassword);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(ownPassword);
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await page.getByRole('link', { name: 'Hỗ trợ thí sinh' }).first().waitFor();
  const menu = (await page.locator('.ant-layout-sider .ant-menu-item').allInnerTexts()).map((s) => s.trim());
  assert.deepEqual(menu, ['Xác minh danh tính', 'Hỗ trợ thí sinh'], `the desk's menu: ${menu.join(', ')}`);

  step('the desk reads the identity claims queue, without the committee\'s decisions');
  await page.getByRole('link', { name: 'Xác minh danh tính' }).first().click();
  await page.getByRole('heading', { name: 'Yêu cầu xác minh danh tính' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Chuyển danh tính' }).count(), 0, 'the desk does not decide claims');
  await shot('s03a-identity-claims');

  step('the desk finds the contestant by the phone typed with dots; the numbers stay masked');
  await page.getByRole('link', { name: 'Hỗ trợ thí sinh' }).first().click();
  await page.getByRole('heading', { name: 'Hỗ trợ thí sinh' }).waitFor();
  await page.getByLabel('Số điện thoại').fill(dotted);
  await page.getByRole('button', { name: /Tìm$/ }).click();
  await page.getByText('Tìm thấy 1 thí sinh').waitFor();
  await shot('s03-search');
  await page.getByRole('link', { name: fullName }).click();
  await page.getByRole('heading', { name: `Thí sinh ${fullName}` }).waitFor();
  assert.equal((await page.getByTestId('registration-phone').innerText()).trim(), masked);
  assert.equal(await page.getByRole('button', { name: /Hiện đầy đủ/ }).count(), 0, 'the desk cannot unmask');
  await shot('s04-contestant');

  step('the desk corrects the unit with a reason');
  await page.getByRole('button', { name: 'Sửa đơn vị' }).click();
  const correct = dialog('Sửa đơn vị');
  await correct.getByLabel(/Giá trị mới/).fill('Sở Nội vụ');
  await correct.getByLabel('Lý do').fill('Thí sinh gọi điện báo chuyển công tác');
  await shot('s05-correct-unit');
  await correct.getByRole('button', { name: 'Lưu' }).click();
  await page.getByTestId('registration-unit').getByText('Sở Nội vụ', { exact: true }).waitFor();

  step('the desk issues a one-time password, shown once');
  await page.getByRole('button', { name: /Cấp mật khẩu tạm/ }).click();
  const reset = dialog(`Cấp mật khẩu tạm cho ${fullName}`);
  await reset.getByLabel('Lý do').fill('Thí sinh quên mật khẩu, đã xác minh qua điện thoại');
  await reset.getByRole('button', { name: /Cấp mật khẩu tạm/ }).click();
  const once = dialog('Mật khẩu dùng một lần');
  await once.waitFor();
  const oneTime = (await page.getByTestId('one-time-password').innerText()).trim();
  assert.ok(oneTime.length >= 8, `a one-time password is shown (${oneTime.length} characters)`);
  await once.getByText('sẽ không hiện lại', { exact: false }).waitFor();
  await shot('s06-one-time-password');
  await once.getByRole('button', { name: /Đã đọc cho thí sinh/ }).click();
  await once.waitFor({ state: 'detached' });
  assert.ok(!(await page.content()).includes(oneTime), 'the password has left the page');
  await page.getByText('Chờ đổi mật khẩu tạm').first().waitFor();

  step('the contestant signs in with the one-time password and must set a new one');
  await page.goto(`${base}/#/login`);
  await page.getByLabel('Số điện thoại hoặc số định danh (CCCD)').fill(phone);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(oneTime);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Đặt mật khẩu mới' }).waitFor();
  await shot('s07-contestant-must-change');
  await page.getByLabel('Mật khẩu hiện tại').fill(oneTime);
  await page.getByLabel('Mật khẩu mới').fill(`cua-toi-${stamp}-2025`);
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await page.waitForURL((url) => !url.hash.includes('change-password'));
  await call('POST', '/login', { body: { username: phone, password: `cua-toi-${stamp}-2025` } });

  assert.deepEqual(errors, [], 'no script errors on any screen');
  assert.deepEqual(policyViolations, [], 'no Content-Security-Policy violation on any screen');
  console.log(`support desk passed in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${shots}`);
} catch (e) {
  await page.screenshot({ path: join(shots, 'support-failure.png') }).catch(() => {});
  console.error(e);
  console.error(`page errors: ${errors.join('\n')}`);
  console.error(`CSP: ${policyViolations.join('\n')}`);
  console.error(`last answers:\n  ${recent.join('\n  ')}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
