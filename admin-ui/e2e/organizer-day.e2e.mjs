// The organizer's day in the console, in Debian's chromium driven by playwright-core:
//   node e2e/organizer-day.e2e.mjs <base-url> <bank-file> [screenshot-dir] [admin-password]
// Signs in as admin, creates a bank and imports a file into it (upload → preview → confirm), adds a
// question by the form, creates a contest with rules, adds a round that is open now and publishes
// both; contestants take the round through the HTTP API; the organizer fixes a key and regrades,
// imports the unit list, creates a staff account, opens the live view and the audit log. The
// committee's part follows: the review queue (one entry disqualified), prize rules and an excluded
// staff member, closing the round once its window has passed, the frozen ranking, the winners
// drafted, signed and published, and the winners file downloaded and opened. Last, the new staff
// member signs in and changes the one-time password. Every screen is photographed at 1366×800 and
// 390×844.
//
// The server must not close the round on its own while the flow waits for the window to end
// (AdminConsoleBrowserIT sets contest.rounds.auto-close-interval high).
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import assert from 'node:assert/strict';
import { readXlsx } from './read-xlsx.mjs';
import { vietnamText } from './vietnam-time.mjs';

const base = (process.argv[2] ?? 'http://localhost:8080').replace(/\/$/, '');
const bankFile = resolve(process.argv[3] ?? '../question-bank/bank/ngay-chuyen-doi-so.txt');
const shots = resolve(process.argv[4] ?? '../app/target/screenshots/admin');
const password = process.argv[5] ?? 'Admin-test-1234';
const fixture = (name) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
mkdirSync(shots, { recursive: true });

const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'admin-e2e-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 1366, height: 800 },
  locale: 'vi-VN',
});
const page = browser.pages()[0] ?? (await browser.newPage());
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
// the console must work under its Content-Security-Policy: chromium reports every blocked load,
// script or style as a console error naming the policy
const policyViolations = [];
page.on('console', (m) => {
  if (/Content Security Policy/i.test(m.text())) policyViolations.push(m.text());
});

/** Both sizes of the screen as it is now; `fullPage` for the long committee screens. */
async function shot(name, { fullPage = false } = {}) {
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(shots, `${name}-1366.png`), fullPage });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(shots, `${name}-390.png`), fullPage });
  await page.setViewportSize({ width: 1366, height: 800 });
}

/**
 * The contest day's screens (draw, preview, flags, bulk review, forced password…) at the sizes
 * organizers use them: a 1366 px office screen and a 390 px phone.
 */
async function shotDay(name, { fullPage = false } = {}) {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(shots, `${name}-1366.png`), fullPage });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(shots, `${name}-390.png`), fullPage });
  await page.setViewportSize({ width: 1366, height: 800 });
}

const step = (name) => console.log(`· ${name}`);
const stamp = Date.now().toString(36);

/** One call of the HTTP API, as a contestant's browser or a script would make it. */
async function call(method, path, { body, token, headers = {} } = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
  return data;
}

/** Types a moment into an antd date picker the way a user does: the text (Vietnam time), then Enter. */
async function pickTime(label, date) {
  const text = vietnamText(date);
  const input = page.getByRole('dialog').getByLabel(label, { exact: true });
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.pressSequentially(text);
  await input.press('Enter');
  assert.equal(await input.inputValue(), text, `${label} is set`);
}

/** A citizen ID of someone born in 1990 (Đồng Nai's code 075), unique to this run. */
const citizenId = (n) => `075090${String((Date.now() + n * 7919) % 1_000_000).padStart(6, '0')}`;
const phone = (n) => `09${String((Date.now() * 3 + n * 104_729) % 100_000_000).padStart(8, '0')}`;
const maskedId = (id) => `${id.slice(0, 3)}${'*'.repeat(id.length - 6)}${id.slice(-3)}`;

/**
 * Registers a contestant, takes the round answering every question with its key (read from the
 * bank as the organizer sees it) and submits with a prediction, after `pauseMs` of thought.
 */
async function takeRound({ fullName, n, roundId, keys, prediction, pauseMs = 0 }) {
  const [consent, units, communes] = await Promise.all([
    call('GET', '/api/consent'),
    call('GET', '/api/catalog/units'),
    call('GET', '/api/catalog/communes'),
  ]);
  const person = { fullName, citizenId: citizenId(n), phone: phone(n), password: `matkhau-2025-${stamp}` }; // letters and digits whatever the stamp
  await call('POST', '/api/register', {
    body: {
      fullName,
      citizenId: person.citizenId,
      phone: person.phone,
      birthDate: '1990-05-17',
      commune: communes[0]?.name ?? 'Phường Trấn Biên',
      unit: units[0]?.name ?? 'Sở Khoa học và Công nghệ',
      group: 'OFFICIAL',
      password: person.password,
      consent: { version: consent.version, accepted: true },
    },
  });
  const { access_token: token } = await call('POST', '/login', { body: { username: person.phone, password: person.password } });
  const attempt = await call('POST', `/api/rounds/${roundId}/attempts`, { token });
  for (const question of attempt.questions) {
    const option = question.options.find((o) => o.text === keys.get(question.text));
    assert.ok(option, `the bank knows the key of "${question.text}"`);
    await call('PUT', `/api/attempts/${attempt.attemptId}/answers/${question.id}`, { token, body: { optionId: option.id } });
  }
  if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
  const result = await call('POST', `/api/attempts/${attempt.attemptId}/submit`, {
    token,
    body: { prediction },
    headers: { 'Idempotency-Key': `e2e-${stamp}-${n}` },
  });
  return { ...person, ...result, questions: attempt.questions.length };
}

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
  await shotDay('b01-import-preview');
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

  step('add a question by the form');
  const questionText = `Câu hỏi E2E ${stamp}: Cổng Dịch vụ công quốc gia có địa chỉ nào?`;
  await page.getByRole('button', { name: 'Thêm câu hỏi' }).click();
  const drawer = page.locator('.ant-drawer-content');
  await drawer.getByLabel('Nội dung').fill(questionText);
  for (const [letter, text] of [['A', 'dichvucong.gov.vn'], ['B', 'dichvucong.gov.vn'], ['C', 'chinhphu.vn'], ['D', 'baochinhphu.vn']]) {
    await drawer.getByLabel(`Phương án ${letter}`, { exact: true }).fill(text);
  }
  await drawer.getByRole('radio', { name: 'B', exact: true }).check();
  await drawer.getByLabel('Chủ đề').fill('Dịch vụ công trực tuyến');
  await drawer.getByRole('button', { name: 'Lưu' }).click();
  // two options alike: the server's complaint is shown under the options
  await drawer.getByText(/phương án B trùng với phương án A/).waitFor();
  await shot('05a-question-form-error');
  await drawer.getByLabel('Phương án B', { exact: true }).fill('dichvucong.gov.vn/vi');
  await drawer.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText(/^Đã thêm câu hỏi/).waitFor();
  await drawer.waitFor({ state: 'detached' });

  step('create a contest and a round');
  await page.getByRole('link', { name: 'Cuộc thi' }).first().click();
  await page.getByRole('button', { name: 'Tạo cuộc thi' }).click();
  await page.getByLabel('Tên', { exact: true }).fill(`Cuộc thi E2E ${stamp}`);
  await page.getByLabel('Đường dẫn rút gọn').fill(`e2e-${stamp}`);
  await page.getByLabel('Đơn vị tổ chức').fill('Sở Khoa học và Công nghệ');
  await page.getByLabel('Ngân hàng câu hỏi').click();
  await page.locator('.ant-select-item-option', { hasText: `Ngân hàng E2E ${stamp}` }).click();
  await page.getByLabel('Thể lệ (Markdown)').fill('## Thể lệ\n\n- Mỗi người thi **một** lượt.');
  // the prize structure as a Markdown table: the preview renders it as contestants will see it
  await page.getByLabel('Cơ cấu giải thưởng (Markdown)').fill('| Giải | Số lượng | Trị giá |\n|---|---:|---:|\n| Nhất | 1 | 2.000.000 đ |\n| Nhì | 2 | 1.000.000 đ |');
  await page.getByTestId('markdown-preview').nth(1).locator('table td', { hasText: '2.000.000 đ' }).waitFor();
  await page.getByLabel('Chỉ người sinh sống, học tập, làm việc trên địa bàn tỉnh').check();
  // how contestants reach the support desk: the contest page shows it
  await page.getByLabel('Đường dây nóng hỗ trợ').fill('0251 3822 000');
  await page.getByLabel('Giờ hỗ trợ').fill('7 giờ 30 – 17 giờ, thứ Hai đến thứ Sáu');
  await shot('06-contest-new');
  await shotDay('b02-contest-markdown-table', { fullPage: true });
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByRole('button', { name: 'Thêm đợt thi' }).waitFor();
  await page.getByRole('button', { name: 'Thêm đợt thi' }).click();
  await page.getByRole('dialog').waitFor();
  // open from this minute until one to two minutes from now: contestants take it at once, the
  // committee closes it once it has ended
  const opens = new Date();
  opens.setSeconds(0, 0);
  const closes = new Date(opens.getTime() + 2 * 60_000);
  await pickTime('Bắt đầu', opens);
  await pickTime('Kết thúc', closes);
  await page.getByRole('dialog').getByLabel('Thời gian bù (giây)').fill('0');
  await page.getByRole('dialog').getByLabel('Câu hỏi dự đoán', { exact: true }).click({ force: true });
  await page.locator('.ant-select-item-option', { hasText: 'Bao nhiêu người tham gia' }).click();
  await page.getByRole('dialog').getByLabel('Nội dung câu hỏi dự đoán').fill('Có bao nhiêu người tham gia đợt thi này?');
  // a quota of the draw, with the questions available beside it and the total checked as typed
  await page.getByRole('dialog').getByRole('button', { name: /Thêm quy tắc/ }).click();
  await page.getByRole('dialog').getByRole('spinbutton', { name: 'Số câu', exact: true }).fill('12');
  await page.getByRole('dialog').getByText('Tổng số câu theo quy tắc (12) vượt số câu mỗi lượt thi (10).').waitFor();
  await page.getByRole('dialog').getByRole('spinbutton', { name: 'Số câu', exact: true }).fill('2');
  await page.getByRole('dialog').getByTestId('draw-total').getByText(/^Đã phân bổ 2\/10 câu/).waitFor();
  assert.equal(await page.getByRole('dialog').getByRole('spinbutton', { name: 'Thời gian làm bài (phút)' }).inputValue(), '10');
  await shot('07-round-editor');
  await shotDay('b03-round-draw');
  await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  step('preview the round as a contestant sees it');
  await page.locator('.ant-table-wrapper').first().getByRole('button', { name: 'Xem thử' }).click();
  await page.getByTestId('round-preview').getByText('Câu 10', { exact: true }).waitFor();
  await shotDay('b04-round-preview');
  await page.getByRole('dialog').getByRole('button', { name: 'Hủy' }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  await page.locator('.ant-table-wrapper').first().getByRole('button', { name: 'Công bố' }).click();
  await page.locator('.ant-table-wrapper').first().getByRole('button', { name: 'Thu hồi' }).waitFor();
  await page.getByRole('button', { name: 'Công bố' }).first().click();
  await page.locator('.ant-tag', { hasText: 'Đã công bố' }).first().waitFor();
  await shot('08-contest-published');
  const contestId = Number(/\/contests\/(\d+)/.exec(page.url())[1]);

  step('fix a key and regrade the round');
  await page.getByRole('link', { name: 'Ngân hàng câu hỏi' }).first().click();
  await page.getByRole('heading', { name: 'Ngân hàng câu hỏi' }).waitFor();
  await page.locator('.ant-select', { has: page.getByRole('combobox', { name: 'Ngân hàng câu hỏi' }) }).click();
  await page.locator('.ant-select-item-option', { hasText: `Ngân hàng E2E ${stamp}` }).click();
  await page.getByPlaceholder('Tìm kiếm').fill(`E2E ${stamp}`);
  await page.getByPlaceholder('Tìm kiếm').press('Enter');
  await page.locator('.ant-table-row', { hasText: questionText }).click();
  await page.getByRole('button', { name: 'Sửa đáp án' }).click();
  const keyFix = page.getByRole('dialog', { name: 'Sửa đáp án' });
  await keyFix.getByRole('radio', { name: /^A\. / }).check();
  await keyFix.getByLabel('Lý do sửa đáp án').fill('Đáp án đúng là A theo Quyết định của Thủ tướng.');
  await shot('08a-key-fix');
  await keyFix.getByRole('button', { name: 'Lưu đáp án mới' }).click();
  await keyFix.getByText(/Đã sửa đáp án: B → A/).waitFor();
  await keyFix.getByLabel('Đợt thi').first().click();
  await page.locator('.ant-select-item-option', { hasText: `Cuộc thi E2E ${stamp}` }).first().click();
  await keyFix.getByRole('button', { name: 'Chấm lại' }).click();
  await keyFix.getByText('Lượt thi đã chấm lại').waitFor();
  await shot('08b-regrade-summary');
  await keyFix.getByRole('button', { name: 'Đóng' }).click();
  await keyFix.waitFor({ state: 'detached' });
  await page.locator('.ant-drawer-close').click();
  await page.locator('.ant-drawer-content').waitFor({ state: 'detached' });

  // after the key fix, so the committee's ranking below does not depend on which attempts drew
  // the fixed question
  step('contestants take the round through the API');
  const { access_token: adminToken } = await call('POST', '/login', { body: { username: 'admin', password } });
  const contest = await call('GET', `/api/admin/contests/${contestId}`, { token: adminToken });
  assert.equal(contest.supportHotline, '0251 3822 000', 'the form saved the support hotline');
  assert.equal(contest.supportHours, '7 giờ 30 – 17 giờ, thứ Hai đến thứ Sáu');
  const roundId = contest.rounds[0].id;
  // the key of every question, by its text: attempts show questions and options shuffled, by text
  const items = [];
  for (let pageNo = 0; ; pageNo++) {
    const chunk = await call('GET', `/api/admin/banks/${contest.bankId}/questions?page=${pageNo}&size=100`, { token: adminToken });
    items.push(...chunk.items);
    if (!chunk.items.length || items.length >= chunk.total) break;
  }
  const keys = new Map(items.map((q) => [q.text, q.options[q.correctIndex]]));
  // An beats Bình on the prediction, Bình beats Cường on time; Dũng is disqualified in review
  const an = await takeRound({ fullName: 'Trần Thị An', n: 1, roundId, keys, prediction: 4 });
  const binh = await takeRound({ fullName: 'Lê Văn Bình', n: 2, roundId, keys, prediction: 40 });
  const cuong = await takeRound({ fullName: 'Phạm Minh Cường', n: 3, roundId, keys, prediction: 40, pauseMs: 2500 });
  const dung = await takeRound({ fullName: 'Hoàng Văn Dũng', n: 4, roundId, keys, prediction: 4 });
  assert.equal(an.correctCount, an.questions, 'An answered every question right');
  assert.ok(cuong.durationMs > binh.durationMs, 'Cường took longer than Bình');

  step('import the unit list from Excel');
  await page.getByRole('link', { name: 'Đơn vị, xã phường' }).click();
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const catalogImport = page.getByRole('dialog');
  await catalogImport.locator('input[type=file]').setInputFiles(fixture('don-vi-loi.xlsx'));
  await catalogImport.getByRole('button', { name: 'Nhập', exact: true }).click();
  await catalogImport.getByRole('cell', { name: 'Thiếu tên đơn vị.' }).waitFor();
  await shot('08c-catalog-import-errors');
  await catalogImport.locator('input[type=file]').setInputFiles(fixture('don-vi.xlsx'));
  await catalogImport.getByRole('button', { name: 'Nhập', exact: true }).click();
  await catalogImport.getByText('Đã nhập: don-vi.xlsx').waitFor();
  await catalogImport.getByRole('button', { name: 'Đóng' }).click();
  await page.getByRole('cell', { name: 'Trung tâm Phục vụ hành chính công tỉnh', exact: true }).waitFor();
  await shot('08d-catalog');

  step('create a staff account');
  const staffName = `btc.${stamp}`;
  await page.getByRole('link', { name: 'Cán bộ và phân quyền' }).click();
  await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
  const staffForm = page.getByRole('dialog');
  await staffForm.getByLabel('Tên đăng nhập').fill(staffName);
  await staffForm.getByLabel('Họ và tên').fill('Nguyễn Thị Bích Ngọc');
  await staffForm.getByRole('checkbox', { name: /Ban tổ chức/ }).check();
  await staffForm.getByRole('button', { name: 'Lưu' }).click();
  const oneTime = page.getByRole('dialog', { name: 'Mật khẩu tạm thời' });
  await oneTime.waitFor();
  const temporary = (await oneTime.locator('code').innerText()).trim();
  await shot('08e-staff-one-time-password');
  await oneTime.getByRole('button', { name: /Đã ghi lại/ }).click();
  await page.getByRole('cell', { name: staffName, exact: true }).waitFor();
  await shot('08f-staff');

  step('live view and audit log');
  await page.getByRole('link', { name: 'Theo dõi trực tiếp' }).click();
  await page.getByText('Lượt thi mỗi phút').waitFor();
  await page.getByTestId('round-countdown').getByText('Còn lại đến khi đóng').waitFor();
  await shot('09-live-view');
  await shotDay('b05-live-view', { fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'Mở danh mục chức năng' }).click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(shots, '09a-menu-390.png') });
  await page.getByRole('link', { name: 'Nhật ký thao tác' }).click();
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.getByText('Công bố đợt thi').first().waitFor();
  await shot('10-audit-log');

  step('english');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Audit log' }).waitFor();
  await shot('11-audit-log-en');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();

  step('review queue: the committee disqualifies one entry');
  const scope = `contest=${contestId}&round=${roundId}`;
  await page.goto(`${base}/admin/review?${scope}`);
  await page.getByRole('heading', { name: 'Xét duyệt bài thi' }).waitFor();
  // four colleagues of one unit on one machine are an office, not one person with four accounts;
  // each of them still finished implausibly fast
  const card = (name) => page.locator('.ant-card').filter({ has: page.locator('.ant-card-head', { hasText: name }) });
  const dungCard = card('Hoàng V. D.');
  await dungCard.getByText('Làm bài nhanh bất thường').waitFor();
  assert.equal(await page.getByText('Nhiều tài khoản chung một thiết bị').count(), 0, 'no shared-device flag for one office');
  await shot('12-review-queue', { fullPage: true });
  await dungCard.getByRole('button', { name: 'Loại khỏi kết quả' }).click();
  await page.getByRole('dialog').getByLabel('Lý do').fill('Thi hộ: bốn tài khoản trên cùng một máy, đã xác minh với đơn vị');
  await shot('13-review-decision');
  await page.getByRole('dialog').getByRole('button', { name: 'Loại khỏi kết quả' }).click();
  await page.getByText('Đã loại bài thi.').waitFor();
  await page.getByText('Đã loại (1)').click();
  await card('Hoàng V. D.').getByText(/Lý do: Thi hộ/).waitFor();

  step('prize rules of the round and the staff who may not win');
  await page.goto(`${base}/admin/awards?${scope}`);
  await page.getByText('Cơ cấu giải của đợt thi').waitFor();
  for (const [i, amount] of [2_000_000, 1_000_000, 500_000].entries()) {
    await page.getByRole('button', { name: /Thêm hạng giải/ }).click();
    const row = page.getByTestId('tier-row').nth(i);
    await row.getByLabel('Giá trị (đồng)').fill(String(amount));
  }
  await page.getByRole('button', { name: 'Lưu cơ cấu giải' }).click();
  await page.getByText('Đã lưu.').waitFor();
  await shot('14-prize-rules-round', { fullPage: true });
  await page.goto(`${base}/admin/awards?contest=${contestId}&round=0`);
  await page.getByText('Cơ cấu giải toàn cuộc thi').waitFor();
  await page.getByLabel('Số định danh cá nhân (mỗi dòng một số)').fill(binh.citizenId);
  await page.getByLabel('Ghi chú').fill('Tổ thư ký Hội đồng');
  await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await page.getByText('1. Tổ thư ký Hội đồng').waitFor();
  assert.equal(await page.getByText(binh.citizenId).count(), 0, 'the excluded citizen ID is not shown back');
  await shot('15-prize-rules-contest', { fullPage: true });

  step('close the round once its window is over');
  const wait = closes.getTime() + 1500 - Date.now();
  if (wait > 0) {
    console.log(`  waiting ${Math.round(wait / 1000)} s for the round to end`);
    await page.waitForTimeout(wait);
  }
  await page.goto(`${base}/admin/ranking?${scope}`);
  await page.getByText('Đã hết giờ — chờ khóa đợt thi').waitFor();
  // the three entries still pending review are pointed out before the ranking is frozen
  await page.getByTestId('ranking-flags').getByText('3 bài thi trong bảng xếp hạng còn cảnh báo chưa được rà soát').waitFor();
  await shot('16-round-ended');
  await page.getByRole('button', { name: /Khóa đợt thi/ }).click();
  await page.getByRole('dialog').getByText(/chốt kèm mã băm SHA-256/).waitFor();
  // grace is 0 here: closing became possible at the round's end, which is the time shown
  const closesText = await page.getByTestId('closable-at').innerText();
  assert.ok(closesText.startsWith('Có thể khóa từ '), closesText);
  await shotDay('b06-close-dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Khóa đợt thi' }).click();
  await page.getByText('Đã khóa đợt thi: 3 bài thi được xếp hạng.').waitFor();
  const hash = (await page.getByTestId('ranking-hash-value').innerText()).trim();
  assert.match(hash, /^[0-9a-f]{64}$/, 'the ranking hash is shown');
  const ranked = page.locator('.ant-table-row');
  await ranked.first().waitFor();
  assert.deepEqual(
    await ranked.evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[1].innerText.split('\n')[0])),
    ['Trần T. A.', 'Lê V. B.', 'Phạm M. C.'],
    'ranked by the chain, without the disqualified entry',
  );
  await ranked.nth(0).locator('[data-decisive]', { hasText: 'Sai số dự đoán' }).waitFor();
  await ranked.nth(1).locator('[data-decisive]', { hasText: 'Thời gian làm bài' }).waitFor();
  await ranked.nth(2).getByText('Cuối bảng xếp hạng').waitFor();
  await shot('17-frozen-ranking', { fullPage: true });

  step('draft, sign and publish the winners');
  await page.goto(`${base}/admin/awards?${scope}&tab=winners`);
  await page.getByRole('button', { name: /Lập dự kiến/ }).click();
  await page.getByText('Dự kiến phiên bản 1', { exact: false }).first().waitFor();
  const winnerRow = (name) => page.locator('.ant-table-row', { hasText: name });
  await winnerRow('Trần Thị An').getByText('Giải Nhất').waitFor();
  // Bình is excluded as staff: Cường moves up to second prize, and the third stays unfilled
  await winnerRow('Phạm Minh Cường').getByText('Giải Nhì').waitFor();
  await winnerRow('Phạm Minh Cường').getByText('1 người').waitFor();
  await page.getByText('Giải Ba: còn 1 giải').waitFor();
  await winnerRow('Phạm Minh Cường').getByRole('button', { name: /expand|mở rộng/i }).click();
  await page.getByText(/Hạng 2 — Lê V. B.: Thuộc diện không xét giải/).waitFor();
  await page.getByTestId('prize-flags').getByText('2 người đoạt giải còn cảnh báo chưa được rà soát').waitFor();
  await shot('18-winners-draft', { fullPage: true });
  await shotDay('b07-winners-flagged', { fullPage: true });

  step('a prize place with a pending flag cannot be signed');
  await page.getByRole('button', { name: /Ký duyệt/ }).first().click();
  await page.getByRole('dialog').getByText(hash).waitFor();
  await page.getByRole('dialog').getByRole('button', { name: 'Ký duyệt' }).click();
  const refused = page.getByTestId('award-problem');
  await refused.getByText(/^Chưa thể ký duyệt: 2 người đoạt giải còn cảnh báo/).waitFor();
  await refused.getByText(/^1\. Trần T\. A\. \(Giải Nhất\): làm bài nhanh bất thường/).waitFor();
  await page.getByText(/Dự kiến phiên bản 1/).first().waitFor();
  assert.equal((await call('GET', `/api/admin/rounds/${roundId}/awards`, { token: adminToken })).status, 'DRAFT', 'nothing was signed');
  await shotDay('b08-sign-refused', { fullPage: true });

  step('the committee clears the pending entries at once, with one reason');
  await page.goto(`${base}/admin/review?${scope}`);
  await page.getByTestId('bulk-bar').getByText(/Chọn tất cả \(3\)/).click();
  await page.getByTestId('bulk-bar').getByRole('button', { name: /Không vi phạm \(3\)/ }).click();
  await page.getByRole('dialog').getByLabel('Lý do').fill('Cùng phòng họp của Sở, đã đối chiếu danh sách và xác minh từng người');
  await shotDay('b09-review-bulk');
  await page.getByRole('dialog').getByRole('button', { name: /Không vi phạm \(3\)/ }).click();
  await page.getByText('Đã ghi quyết định cho 3 thí sinh.').waitFor();
  await page.goto(`${base}/admin/awards?${scope}&tab=winners`);
  await page.getByText('Dự kiến phiên bản 1', { exact: false }).first().waitFor();
  assert.equal(await page.getByTestId('prize-flags').count(), 0, 'no flag left on a prize place');

  step('the committee checks each winner\'s papers before signing');
  await page.getByTestId('identity-unverified').getByText('2 người đoạt giải chưa được xác minh danh tính').waitFor();
  for (const [name, note] of [['Trần Thị An', 'CCCD bản gốc tại Sở'], ['Phạm Minh Cường', 'Gọi video, CCCD khớp ảnh']]) {
    await winnerRow(name).getByRole('button', { name: /Xác minh danh tính/ }).click();
    const verify = page.getByRole('dialog');
    await verify.getByText(`Xác minh danh tính: ${name}`).waitFor();
    if (name === 'Phạm Minh Cường') {
      await verify.locator('.ant-select-selector').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Gọi video, xem CCCD' }).click();
    }
    await verify.getByLabel('Ghi chú').fill(note);
    await verify.getByRole('button', { name: 'Xác minh danh tính' }).click();
    await winnerRow(name).getByText('Đã xác minh danh tính').waitFor();
  }
  assert.equal(await page.getByTestId('identity-unverified').count(), 0, 'every winner verified');
  await shotDay('b11-identity-verified', { fullPage: true });
  await page.getByRole('button', { name: /Ký duyệt/ }).click();
  await page.getByRole('dialog').getByText(hash).waitFor();
  await shot('19-sign-confirm');
  await page.getByRole('dialog').getByRole('button', { name: 'Ký duyệt' }).click();
  await page.getByText(/Đã ký duyệt bởi/).waitFor();
  await page.getByRole('button', { name: /Công bố kết quả/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Công bố kết quả' }).click();
  await page.getByText(/Đã công bố lúc/).waitFor();
  await shot('20-winners-published', { fullPage: true });
  const published = await call('GET', `/api/contests/${contestId}/winners`);
  assert.deepEqual(
    published.sections.flatMap((s) => s.winners.map((w) => `${w.tier}: ${w.displayName}`)),
    ['Giải Nhất: Trần T. A.', 'Giải Nhì: Phạm M. C.'],
    'the public list shows the published winners, names masked',
  );

  step('export the winners and open the file');
  await page.getByRole('button', { name: /Xuất danh sách đạt giải/ }).click();
  await page.getByRole('dialog').getByText(/được che/).waitFor();
  await shot('21-export-dialog');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('dialog').getByRole('button', { name: 'Tải về' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'dat-giai-dot-1.xlsx');
  const file = join(mkdtempSync(join(tmpdir(), 'winners-')), download.suggestedFilename());
  await download.saveAs(file);
  const sheets = readXlsx(file);
  const [header, ...winners] = sheets['Đạt giải'];
  const col = (name) => header.indexOf(name);
  assert.deepEqual(
    winners.map((r) => [r[col('Giải')], r[col('Hạng')], r[col('Họ và tên')]]),
    [
      ['Giải Nhất', '1', 'Trần Thị An'],
      ['Giải Nhì', '3', 'Phạm Minh Cường'],
    ],
    'the winners file lists the signed winners',
  );
  assert.deepEqual(
    winners.map((r) => r[col('Số định danh cá nhân')]),
    [maskedId(an.citizenId), maskedId(cuong.citizenId)],
    'citizen IDs are masked in the file',
  );
  assert.deepEqual(
    winners.map((r) => r[col('Số điện thoại')]),
    [maskedId(an.phone), maskedId(cuong.phone)],
    'phone numbers are masked in the file',
  );
  const about = new Map(sheets['Thông tin'].map(([k, v]) => [k, v]));
  assert.equal(about.get('Mã băm bảng xếp hạng (SHA-256)'), hash, 'the file names the ranking it was decided on');
  assert.equal(about.get('Dữ liệu cá nhân'), 'Số định danh và số điện thoại đã được che');
  for (const person of [an, binh, cuong, dung]) {
    assert.ok(!JSON.stringify(sheets).includes(person.citizenId), 'no citizen ID in clear anywhere in the file');
  }

  step('the new staff member changes the one-time password');
  await page.getByRole('button', { name: 'Quản trị hệ thống' }).click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await page.getByLabel('Tên đăng nhập').fill(staffName);
  await page.getByLabel('Mật khẩu').fill(temporary);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // nothing but the change of the one-time password until it is done
  await page.getByTestId('must-change-password').waitFor();
  assert.equal(await page.getByRole('link', { name: 'Cuộc thi' }).count(), 0, 'no menu before the change');
  await shotDay('b10-forced-password');
  await page.getByLabel('Mật khẩu hiện tại').fill(temporary);
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill(`Mat-khau-moi-${stamp}9`);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(`Mat-khau-moi-${stamp}9`);
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await page.getByText(/^Đã đổi mật khẩu/).waitFor();
  await shot('12-own-password');
  await page.getByRole('link', { name: 'Cuộc thi' }).first().waitFor();
  const prizes = (await call('GET', `/api/contests/${contestId}`)).prizes;
  assert.ok(prizes.includes('| Nhất | 1 | 2.000.000 đ |'), 'the prize structure reaches the public API');

  assert.deepEqual(errors, [], 'no script errors on any screen');
  assert.deepEqual(policyViolations, [], 'no Content-Security-Policy violation on any screen');
  console.log(`organizer day passed; screenshots in ${shots}`);
} catch (e) {
  await page.screenshot({ path: join(shots, 'failure.png') }).catch(() => {});
  console.error(e);
  process.exitCode = 1;
} finally {
  await browser.close();
}
