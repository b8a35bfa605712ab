// The console's foundations on a contest day, in Debian's chromium driven by playwright-core:
//   node e2e/console-day.e2e.mjs <base-url> <bank-file> [screenshot-dir] [admin-password]
// The server must issue short access tokens (ConsoleDayBrowserIT sets 5 s) and the browser runs in
// UTC (TZ=UTC), far from Vietnam's zone. The flow checks:
// - the login screen's weight (gzip sum of what it requests) against its 150 KB budget;
// - the selectors: live view, review, ranking and awards open on the round open now of a published
//   contest (not the draft edited last), remember the user's pick across screens and reloads, and
//   keep it in the address;
// - the console shows a round's window exactly as the contest page does (Vietnam time);
// - a session that outlives several access tokens (silent renewal), then an edit saved after the
//   session was ended from another client: the password is asked in place and the edit is saved;
// - every screen at 1366×800 and 390×844 (screenshots), none showing a raw code (PUBLISHED, EASY,
//   STAFF_CREATED…), none wider than the phone;
// - the audit log's Excel export, in Vietnamese.
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import assert from 'node:assert/strict';
import { LOGIN_BUDGET, measureLogin, report } from './login-size.mjs';
import { readXlsx } from './read-xlsx.mjs';
import { vietnamText } from './vietnam-time.mjs';

const base = (process.argv[2] ?? 'http://localhost:8080').replace(/\/$/, '');
const bankFile = resolve(process.argv[3] ?? '../question-bank/bank/ngay-chuyen-doi-so.txt');
const shots = resolve(process.argv[4] ?? '../app/target/screenshots/admin');
const password = process.argv[5] ?? 'Admin-test-1234';
const accessSeconds = Number(process.env.ACCESS_TOKEN_SECONDS ?? 5);
mkdirSync(shots, { recursive: true });

/** Every code the label file knows, as it must never appear on a screen: ALL-CAPS words of four letters or more. */
const labels = JSON.parse(readFileSync(new URL('../../app/src/main/resources/labels/vi.json', import.meta.url), 'utf8'));
const RAW_CODES = [...new Set(Object.values(labels).flatMap((kind) => Object.keys(kind)))].filter((c) => /^[A-Z][A-Z_]{3,}$/.test(c));

const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'console-e2e-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 1366, height: 800 },
  locale: 'vi-VN',
  timezoneId: 'UTC',
  acceptDownloads: true,
});
const page = browser.pages()[0] ?? (await browser.newPage());
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
const unauthorized = [];
const renewals = [];
// the last answers the console got, printed when the flow fails
const recent = [];
page.on('response', (response) => {
  recent.push(`${response.request().method()} ${response.url().replace(base, '')} → ${response.status()}`);
  if (recent.length > 40) recent.shift();
  if (response.status() === 401) unauthorized.push({ url: response.url(), challenge: response.headers()['www-authenticate'] ?? null });
  if (response.url().endsWith('/oauth/access_token')) renewals.push(response.status());
});
// the browser's own sign-in popup would be an auth dialog: there must never be one
page.on('dialog', (dialog) => {
  errors.push(`unexpected browser dialog: ${dialog.type()} ${dialog.message()}`);
  dialog.dismiss().catch(() => {});
});

const step = (name) => console.log(`· ${name}`);
const stamp = Date.now().toString(36);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One call of the HTTP API, as another client (a script, another browser) would make it. */
async function call(method, path, { body, token, form } = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
  return data;
}
const adminToken = async () => (await call('POST', '/login', { body: { username: 'admin', password } })).access_token;

/** Waits until the screen has loaded: no spinner, no skeleton, the network quiet. */
async function settled() {
  await page.waitForLoadState('networkidle');
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => {});
  await page.waitForTimeout(300);
}

/** Checks the screen for raw codes and, on a phone, for a page wider than the phone. */
async function check(name) {
  const text = await page.locator('body').innerText();
  const found = RAW_CODES.filter((code) => new RegExp(`(^|[^A-Za-z_])${code}($|[^A-Za-z_])`).test(text));
  assert.deepEqual(found, [], `raw codes on the screen "${name}": ${found.join(', ')}`);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(wide <= 1, `the screen "${name}" is ${wide} px wider than the window (${page.viewportSize().width} px)`);
}

/** Both sizes of the screen, each checked. */
async function shot(name) {
  await settled();
  await check(`${name} at 1366`);
  await page.screenshot({ path: join(shots, `${name}-1366.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(500);
  await check(`${name} at 390`);
  await page.screenshot({ path: join(shots, `${name}-390.png`), fullPage: true });
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.waitForTimeout(300);
}

/**
 * Picks an option of an antd Select named `label` by the option's text; again if the screen
 * re-rendered under the open list (a screen that loads the new choice closes it).
 */
async function choose(label, option) {
  for (let attempt = 1; ; attempt++) {
    await page.getByRole('combobox', { name: label }).click({ force: true });
    try {
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click({ timeout: 5000 });
      return;
    } catch (e) {
      if (attempt >= 3) throw e;
      await page.keyboard.press('Escape');
      await page.waitForTimeout(500);
    }
  }
}

const roundParam = () => new URL(page.url()).searchParams.get('round');
const contestParam = () => new URL(page.url()).searchParams.get('contest');

/** The round the selectors should open on, by the public list: open now, else next, else last closed. */
function expectedDefault(contests, now) {
  const rounds = contests.flatMap((c) => (c.rounds ?? []).map((r) => ({ contestId: c.id, roundId: r.id, opens: Date.parse(r.opensAt), closes: Date.parse(r.closesAt) })));
  const open = rounds.filter((r) => r.opens <= now && now < r.closes).sort((a, b) => a.closes - b.closes || a.roundId - b.roundId)[0];
  const next = rounds.filter((r) => r.opens > now).sort((a, b) => a.opens - b.opens || a.roundId - b.roundId)[0];
  const last = rounds.filter((r) => r.closes <= now).sort((a, b) => b.closes - a.closes || b.roundId - a.roundId)[0];
  return open ?? next ?? last;
}

try {
  step('the login screen weighs less than its budget');
  const measured = await measureLogin(page, base);
  report(measured);
  assert.ok(measured.total <= LOGIN_BUDGET, `login screen: ${(measured.total / 1024).toFixed(1)} KB gzip, over ${LOGIN_BUDGET / 1024} KB`);
  await shot('c01-login');

  step('a published contest with round 1 open now and round 2 next week, and a draft edited later');
  let token = await adminToken();
  const bank = await call('POST', '/api/admin/banks', { token, body: { name: `Ngân hàng phiên ${stamp}` } });
  const form = new FormData();
  form.append('file', new Blob([readFileSync(bankFile)]), bankFile.split('/').pop());
  const preview = await call('POST', `/api/admin/banks/${bank.id}/imports`, { token, form });
  await call('POST', `/api/admin/banks/${bank.id}/imports/${preview.token}/confirm`, { token });
  const contest = await call('POST', '/api/admin/contests', {
    token,
    body: { slug: `phien-${stamp}`, name: `Cuộc thi phiên làm việc ${stamp}`, organizer: 'Sở Khoa học và Công nghệ', rulesMd: '## Thể lệ\nThi trực tuyến.', bankId: bank.id },
  });
  const now = Date.now();
  const minute = 60_000;
  const roundBody = (name, opens, closes) => ({
    name, opensAt: new Date(opens).toISOString(), closesAt: new Date(closes).toISOString(), questionCount: 5, timeLimitSeconds: 600,
    attemptsAllowed: 1, countingRule: 'BEST', pointsPerQuestion: 10, graceSeconds: 30, prediction: { kind: 'NONE' }, leaderboardVisible: true,
  });
  const opens1 = Math.floor(now / minute) * minute - 5 * minute;
  const round1 = await call('POST', `/api/admin/contests/${contest.id}/rounds`, { token, body: roundBody('Đợt 1', opens1, opens1 + 3 * 60 * minute) });
  const round2 = await call('POST', `/api/admin/contests/${contest.id}/rounds`, { token, body: roundBody('Đợt 2', opens1 + 7 * 24 * 60 * minute, opens1 + 8 * 24 * 60 * minute) });
  await call('POST', `/api/admin/rounds/${round1.id}/publish`, { token });
  await call('POST', `/api/admin/rounds/${round2.id}/publish`, { token });
  await call('POST', `/api/admin/contests/${contest.id}/publish`, { token });
  const draft = await call('POST', '/api/admin/contests', {
    token, body: { slug: `nhap-${stamp}`, name: `Bản nháp của người khác ${stamp}`, organizer: 'Sở Nội vụ', rulesMd: 'Nháp', bankId: bank.id },
  });
  await call('POST', `/api/admin/contests/${draft.id}/rounds`, { token, body: roundBody('Đợt nháp', now + 2 * 24 * 60 * minute, now + 3 * 24 * 60 * minute) });

  step('sign in');
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: 'Theo dõi trực tiếp' }).waitFor();
  await page.getByText('Giờ Việt Nam (UTC+7)').waitFor();

  step('the selectors open on the round open now, not on the draft edited last');
  const published = await call('GET', '/api/contests');
  const expected = expectedDefault(published, Date.parse(published.flatMap((c) => c.rounds ?? [])[0]?.serverTime ?? new Date().toISOString()));
  assert.ok(expected, 'a published round exists');
  assert.notEqual(expected.contestId, draft.id);
  await page.waitForURL(/round=\d+/);
  assert.equal(Number(contestParam()), expected.contestId, 'live view: the contest of the round open now');
  assert.equal(Number(roundParam()), expected.roundId, 'live view: the round open now');
  for (const screen of ['Xét duyệt', 'Bảng xếp hạng', 'Xét giải']) {
    await page.getByRole('link', { name: screen }).first().click();
    await page.waitForURL(/round=\d+/);
    assert.equal(Number(roundParam()), expected.roundId, `${screen}: the round open now`);
  }

  step('the user picks a round; the other screens and a reload keep it');
  await page.getByRole('link', { name: 'Bảng xếp hạng' }).first().click();
  await page.waitForURL(/round=\d+/);
  await choose('Cuộc thi', contest.name);
  await page.waitForURL(new RegExp(`contest=${contest.id}`));
  await settled();
  await choose('Đợt thi', '2. Đợt 2');
  await page.waitForURL(new RegExp(`round=${round2.id}`));
  await page.getByRole('link', { name: 'Xét duyệt' }).first().click();
  await page.waitForURL(new RegExp(`round=${round2.id}`));
  await page.reload();
  await page.getByRole('combobox', { name: 'Đợt thi' }).waitFor();
  await settled();
  assert.equal(Number(roundParam()), round2.id, 'a reload keeps the picked round');
  await page.getByRole('link', { name: 'Theo dõi trực tiếp' }).first().click();
  await page.waitForURL(new RegExp(`round=${round2.id}`));

  step('the console shows the window exactly as the contest page does (Vietnam time)');
  await page.goto(`${base}/admin/contests/${contest.id}`);
  const row1 = page.getByRole('row', { name: /Đợt 1/ });
  await row1.waitFor();
  const consoleText = await row1.innerText();
  const publicPage = await browser.newPage();
  await publicPage.goto(`${base}/#/contest/${contest.id}`);
  const publicWindow = publicPage.locator('.window').first();
  await publicWindow.waitFor();
  const publicText = await publicWindow.innerText();
  await publicPage.close();
  // the contest page writes "10:05 05/12/2026", the console "05/12/2026 10:05": the same moments
  const moments = (text) => [...text.matchAll(/(\d{2}:\d{2}),? (\d{2}\/\d{2}\/\d{4})|(\d{2}\/\d{2}\/\d{4}),? (\d{2}:\d{2})/g)]
    .map((m) => (m[1] ? `${m[2]} ${m[1]}` : `${m[3]} ${m[4]}`));
  const shownByPage = moments(publicText);
  const shownByConsole = moments(consoleText);
  assert.deepEqual(shownByConsole.slice(0, 2), shownByPage.slice(0, 2), `console "${consoleText}" vs contest page "${publicText}"`);
  assert.equal(shownByConsole[0], vietnamText(new Date(opens1)), 'the window opens at the Vietnam time of the instant stored');

  step(`a session outlives several ${accessSeconds}-second access tokens`);
  const screensToVisit = ['Cuộc thi', 'Ngân hàng câu hỏi', 'Nhật ký thao tác', 'Đơn vị, xã phường', 'Cán bộ và phân quyền'];
  const until = Date.now() + (3 * accessSeconds + 2) * 1000;
  let visits = 0;
  while (Date.now() < until) {
    const name = screensToVisit[visits++ % screensToVisit.length];
    await page.getByRole('link', { name }).first().click();
    await settled();
    assert.equal(await page.getByRole('button', { name: 'Đăng nhập' }).count(), 0, `still signed in on ${name}`);
    await sleep(Math.max(1000, accessSeconds * 400));
  }
  await page.goto(`${base}/admin/contests/${contest.id}`);
  const description = page.getByLabel('Mô tả');
  await description.waitFor();
  await description.fill(`Mô tả sửa khi phiên đã qua nhiều mã truy cập ${stamp}`);
  await page.getByRole('button', { name: 'Lưu', exact: true }).first().click();
  await page.getByText('Đã lưu.').first().waitFor();
  token = await adminToken();
  assert.equal((await call('GET', `/api/admin/contests/${contest.id}`, { token })).description, `Mô tả sửa khi phiên đã qua nhiều mã truy cập ${stamp}`);
  assert.ok(renewals.filter((s) => s === 200).length >= 3, `the console renewed its access token silently (${renewals.join(', ')})`);

  step('a renewal whose answer never reaches the console (the page reloaded mid-way) does not end the session');
  let lostAnswers = 0;
  await page.route('**/oauth/access_token', async (route) => {
    if (lostAnswers++ > 0) return route.continue();
    await route.fetch(); // the server spends the refresh token and answers with the next one…
    await route.abort('connectionreset'); // …which the console never sees
  });
  await sleep((accessSeconds + 1) * 1000);
  await page.getByRole('link', { name: 'Cuộc thi' }).first().click();
  await page.getByRole('row', { name: contest.name }).first().waitFor();
  await settled();
  await page.unroute('**/oauth/access_token');
  assert.ok(lostAnswers >= 2, `the console renewed again after the lost answer (${lostAnswers} renewals)`);
  assert.equal(await page.locator('.ant-modal', { hasText: 'Phiên làm việc đã kết thúc' }).count(), 0, 'no password prompt after a lost renewal');
  assert.equal(await page.getByRole('button', { name: 'Đăng nhập' }).count(), 0, 'still signed in after a lost renewal');
  await page.goto(`${base}/admin/contests/${contest.id}`);
  await description.waitFor();

  step('the session is ended from another client; the edit waits for the password and is saved');
  const typed = `Mô tả sửa sau khi phiên kết thúc ${stamp}`;
  await description.fill(typed);
  token = await adminToken();
  await call('POST', '/api/logout', { token });
  await sleep((accessSeconds + 1) * 1000);
  await page.getByRole('button', { name: 'Lưu', exact: true }).first().click();
  const dialog = page.locator('.ant-modal', { hasText: 'Phiên làm việc đã kết thúc' });
  await dialog.waitFor();
  assert.equal(await description.inputValue(), typed, 'the unsaved form is kept under the dialog');
  await shot('c02-session-ended');
  await dialog.getByLabel('Mật khẩu').fill(password);
  await dialog.getByRole('button', { name: 'Tiếp tục' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByText('Đã lưu.').first().waitFor();
  token = await adminToken();
  assert.equal((await call('GET', `/api/admin/contests/${contest.id}`, { token })).description, typed, 'the edit was saved after the password');

  step('every screen: no raw code, fits a phone (screenshots at 1366 and 390)');
  const screens = [
    ['c10-live-view', '/admin/'],
    ['c11-contests', '/admin/contests'],
    ['c12-contest-editor', `/admin/contests/${contest.id}`],
    ['c13-question-bank', '/admin/questions'],
    ['c14-audit-log', '/admin/audit'],
    ['c15-catalog', '/admin/catalog'],
    ['c16-staff', '/admin/staff'],
    ['c17-own-password', '/admin/password'],
    ['c18-review', '/admin/review'],
    ['c19-ranking', '/admin/ranking'],
    ['c20-awards', '/admin/awards'],
    ['c21-identity-claims', '/admin/identity-claims'],
    ['c22-certificates', '/admin/certificates'],
    ['c23-report', '/admin/report'],
  ];
  for (const [name, path] of screens) {
    await page.goto(`${base}${path}`);
    await page.locator('.ant-layout-content').waitFor();
    await shot(name);
    // a screen that throws once its data arrives replaces the whole layout with React Router's error page
    assert.equal(await page.getByText('Unexpected Application Error').count(), 0, `${name} renders without an error`);
  }
  await page.goto(`${base}/admin/audit`);
  await page.locator('.ant-table-row').first().waitFor();
  await page.locator('.ant-table-row-expand-icon').first().click();
  await shot('c14a-audit-log-changes');
  await page.goto(`${base}/admin/questions`);
  await page.locator('.ant-table-row').first().waitFor();
  await shot('c13a-question-bank-rows');

  step('the audit log exports to Excel in Vietnamese');
  await page.goto(`${base}/admin/audit`);
  await page.locator('.ant-table-row').first().waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Excel' }).click()]);
  const file = join(mkdtempSync(join(tmpdir(), 'audit-')), download.suggestedFilename());
  await download.saveAs(file);
  const sheets = readXlsx(file);
  const rows = sheets['Nhật ký'];
  assert.ok(rows, `the log's sheet is named "Nhật ký" (${Object.keys(sheets).join(', ')})`);
  assert.ok(sheets['Thông tin'].some((r) => r[0] === 'Người xuất' && r[1] === 'Quản trị hệ thống'), 'who exported it is on the second sheet');
  assert.deepEqual(rows[0], ['Thời điểm (giờ Việt Nam)', 'Người thực hiện', 'Thao tác', 'Đối tượng', 'Mã đối tượng', 'Thay đổi']);
  const all = rows.flat().join('\n');
  assert.ok(all.includes('Công bố đợt thi'), 'actions by their Vietnamese names');
  const rawInFile = RAW_CODES.filter((code) => new RegExp(`(^|[^A-Za-z_])${code}($|[^A-Za-z_])`).test(all));
  assert.deepEqual(rawInFile, [], `raw codes in the audit export: ${rawInFile.join(', ')}`);

  const basic = unauthorized.filter((u) => /basic/i.test(u.challenge ?? ''));
  // the console's requests omit credentials, so a Basic challenge cannot open the browser's sign-in
  // popup (the dialog handler above would have caught it); whether the server still sends one is
  // the server's business, reported here
  console.log(`401 answers seen: ${unauthorized.length}; with a Basic challenge: ${basic.length}${basic.length ? ` (${basic[0].challenge})` : ''}; renewals: ${renewals.length}`);
  assert.deepEqual(errors, [], 'no page errors');
  console.log(`console day passed; screenshots in ${shots}`);
} catch (e) {
  await page.screenshot({ path: join(shots, 'console-failure.png') }).catch(() => {});
  console.error(e);
  console.error(`page errors: ${errors.join('\n')}`);
  console.error(`last answers:\n  ${recent.join('\n  ')}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
