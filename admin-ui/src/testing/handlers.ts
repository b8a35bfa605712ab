import { http, HttpResponse } from 'msw';

/** A small organizer world: one admin, one contest with one round, one bank of two questions. */
export const round = {
  id: 7, contestId: 1, seq: 1, name: 'Đợt 1', opensAt: '2026-11-01T01:00:00Z', closesAt: '2026-11-08T01:00:00Z',
  questionCount: 10, drawRules: [], timeLimitSeconds: 600, attemptsAllowed: 1, countingRule: 'BEST', pointsPerQuestion: 10,
  graceSeconds: 30, prediction: { kind: 'NONE' }, leaderboardVisible: true, status: 'DRAFT', attempts: 0, locked: false,
};
export const contest = {
  id: 1, slug: 'chuyen-doi-so', name: 'Tìm hiểu Chuyển đổi số', description: null, organizer: 'Sở KH&CN', rulesMd: '## Thể lệ',
  bankId: 3, bankName: 'Ngân hàng chính', status: 'DRAFT', eligibility: {}, prizeMd: null, branding: {}, overallBoard: false, rounds: [round],
};
export const question = {
  id: 11, bankId: 3, code: 'Q001', topic: 'Chuyển đổi số', difficulty: 'EASY', status: 'ACTIVE', version: 2, versionId: 21,
  text: 'Chuyển đổi số là gì?', options: ['A1', 'B1', 'C1', 'D1'], correctIndex: 0, explanation: null, source: null, lockedBy: [],
};

export const fieldError = (field: string, message: string, messageEn: string) =>
  HttpResponse.json(
    { status: 400, code: 'VALIDATION_FAILED', message: 'Dữ liệu chưa hợp lệ.', messageEn: 'Invalid data.', errors: [{ field, code: 'INVALID', message, messageEn }] },
    { status: 400 },
  );

export const handlers = [
  http.post('/login', async ({ request }) => {
    const body = (await request.json()) as { username: string; password: string };
    if (body.password !== 'Admin-test-1234') {
      return HttpResponse.json({ status: 401, code: 'UNAUTHORIZED', message: 'Sai', messageEn: 'Wrong' }, { status: 401 });
    }
    return HttpResponse.json({ access_token: `token-${body.username}`, roles: ['ADMIN'] });
  }),
  http.get('/api/me', ({ request }) => {
    const token = request.headers.get('Authorization') ?? '';
    if (!token.startsWith('Bearer ')) return new HttpResponse(null, { status: 401 });
    const roles = token.endsWith('committee') ? ['COMMITTEE'] : token.endsWith('contestant') ? ['CONTESTANT'] : ['ADMIN'];
    return HttpResponse.json({ id: 1, fullName: 'Quản trị viên', roles });
  }),
  // a token ending in "newstaff" still has the one-time password an ADMIN gave
  http.get('/api/admin/me/password-status', ({ request }) =>
    HttpResponse.json({ changeRequired: (request.headers.get('Authorization') ?? '').endsWith('newstaff') }),
  ),
  http.get('/api/admin/contests', () =>
    HttpResponse.json([{ id: 1, slug: contest.slug, name: contest.name, status: 'DRAFT', bankId: 3, rounds: 1, updatedAt: '2026-11-01T00:00:00Z' }]),
  ),
  http.get('/api/admin/contests/:id', () => HttpResponse.json(contest)),
  // the public list the selectors default from: nothing published in this small world
  http.get('/api/contests', () => HttpResponse.json([])),
  http.get('/api/admin/banks', () =>
    HttpResponse.json([{ id: 3, name: 'Ngân hàng chính', createdAt: '2026-11-01T00:00:00Z', activeQuestions: 2, retiredQuestions: 0, topics: 1 }]),
  ),
  http.get('/api/admin/banks/:id/questions', () => HttpResponse.json({ items: [question], page: 0, size: 20, total: 1 })),
  http.get('/api/admin/questions/:id', () =>
    HttpResponse.json({
      question,
      versions: [
        { version: 2, versionId: 21, text: question.text, options: question.options, correctIndex: 0, createdAt: '2026-11-02T00:00:00Z' },
        { version: 1, versionId: 20, text: 'Chuyển đổi số?', options: question.options, correctIndex: 1, createdAt: '2026-11-01T00:00:00Z' },
      ],
    }),
  ),
  http.get('/api/admin/rounds/:id/live', () =>
    HttpResponse.json({
      roundId: 7, name: 'Đợt 1', status: 'OPEN', opensAt: round.opensAt, closesAt: round.closesAt, serverTime: '2026-11-02T01:00:00Z',
      totals: { registrations: 120, contestants: 90, started: 80, submitted: 70, expired: 3, open: 7, disqualifiedContestants: 0 },
      perMinute: [
        { minute: '2026-11-02T00:58:00Z', registrations: 2, started: 5, submitted: 4 },
        { minute: '2026-11-02T00:59:00Z', registrations: 1, started: 6, submitted: 5 },
      ],
      scores: [{ score: 50, attempts: 10 }, { score: 100, attempts: 60 }],
    }),
  ),
  http.get('/api/admin/rounds/:id/question-stats', () =>
    HttpResponse.json([
      { questionId: 11, code: 'Q001', version: 2, text: 'Câu dễ', shown: 50, answered: 50, correct: 45, correctRate: 0.9, suspectedWrongKey: false },
      { questionId: 12, code: 'Q002', version: 1, text: 'Câu khó nhất', shown: 50, answered: 50, correct: 5, correctRate: 0.1, suspectedWrongKey: true, reason: 'Nghi sai đáp án', reasonEn: 'Suspected wrong key' },
    ]),
  ),
  http.get('/api/admin/audit', () =>
    HttpResponse.json({
      items: [{ id: 1, at: '2026-11-02T00:00:00Z', actorId: 1, actorName: 'admin', action: 'CONTEST_CREATED', entity: 'contest', entityId: '1', before: null, after: { name: 'x' } }],
      page: 0, size: 20, total: 1,
    }),
  ),
];
