import { http, HttpResponse } from 'msw';
import { contest, round } from './handlers';

/**
 * The award committee's world, fresh for each test (call committeeWorld() in beforeEach and
 * pass its handlers to server.use): round 7 closed with 60 ranked entries and a review queue,
 * round 8 ended but not closed, and award decisions that move through draft → sign → publish.
 * `requests` records what the screens sent, so tests can check the bodies and queries.
 */

export const HASH = '9f2c1e7a5b3d4c6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6';
export const NEW_HASH = '1111111111111111111111111111111111111111111111111111111111111111';

/** As the server's JSON leaves them out (Micronaut Serde, NON_EMPTY): no nulls, no empty lists. */
export function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compact);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))
        .map(([k, v]) => [k, compact(v)]),
    );
  }
  return value;
}

const json = (body: unknown, init?: ResponseInit) => HttpResponse.json(compact(body) as never, init);

const apiError = (status: number, code: string, message: string, messageEn: string, details?: unknown, errors: unknown[] = []) =>
  json({ status, code, message, messageEn, errors, details }, { status });

export function rankedEntry(rank: number) {
  // ranks 1–2 differ by prediction, 2–3 by duration, then by score: every link of the chain shows up
  const score = rank <= 3 ? 100 : 100 - rank;
  return {
    rank,
    accountId: 100 + rank,
    displayName: `Thí sinh ${rank}`,
    unit: 'Sở Khoa học và Công nghệ',
    commune: 'Phường Trấn Biên',
    score,
    correctCount: Math.floor(score / 10),
    questionCount: 10,
    prediction: rank === 1 ? 500 : 506,
    predictionError: rank === 1 ? 0 : 6,
    durationMs: rank === 2 ? 61_250 : 72_500 + rank,
    submittedAt: '2026-11-05T03:00:00.123Z',
    attemptId: 900 + rank,
    decidedBy: rank === 1 ? 'PREDICTION' : rank === 2 ? 'DURATION' : rank === 60 ? 'LAST' : 'SCORE',
  };
}

type Decision = Record<string, unknown> & { status: string; version: number };

export function committeeWorld() {
  const requests: { method: string; path: string; query: URLSearchParams; body: unknown }[] = [];
  const record = async (request: Request) => {
    const url = new URL(request.url);
    let body: unknown;
    try {
      body = request.method === 'GET' || request.method === 'DELETE' ? undefined : await request.clone().json();
    } catch {
      body = undefined;
    }
    requests.push({ method: request.method, path: url.pathname, query: url.searchParams, body });
    return body as Record<string, unknown> | undefined;
  };

  const rounds = [
    { ...round, id: 7, seq: 1, name: 'Tuần 1', status: 'CLOSED', opensAt: '2026-11-01T01:00:00Z', closesAt: '2026-11-08T01:00:00Z' },
    { ...round, id: 8, seq: 2, name: 'Tuần 2', status: 'PUBLISHED', opensAt: '2026-11-09T01:00:00Z', closesAt: '2026-11-16T01:00:00Z' },
  ];
  let round8Closable = false;

  const queue = {
    entries: [
      {
        accountId: 101,
        displayName: 'Nguyễn V. A.',
        status: 'PENDING',
        flags: [
          { kind: 'FAST_FINISH', evidence: { attemptId: 901, durationMs: 12_345, thresholdMs: 30_000, correctCount: 9, questionCount: 10 } },
          { kind: 'SHARED_DEVICE', evidence: { device: 'a1b2c3d4e5f6', accounts: 3, otherAccounts: [102, 103] } },
        ],
        attempts: [{ attemptId: 901, attemptNo: 1, status: 'SUBMITTED', score: 90, correctCount: 9, questionCount: 10, durationMs: 12_345, submittedAt: '2026-11-05T03:00:00.123Z', disqualified: false }],
        decision: null as null | Record<string, unknown>,
      },
      {
        accountId: 102,
        displayName: 'Trần T. B.',
        status: 'PENDING',
        flags: [{ kind: 'IDENTICAL_ANSWERS', evidence: { attemptIds: [902, 903], answered: 10, sharedWrongAnswers: 2, otherAccounts: [103] } }],
        attempts: [{ attemptId: 902, attemptNo: 1, status: 'SUBMITTED', score: 80, correctCount: 8, questionCount: 10, durationMs: 95_000, submittedAt: '2026-11-05T04:00:00Z', disqualified: false }],
        decision: null as null | Record<string, unknown>,
      },
      {
        accountId: 103,
        displayName: 'Lê V. C.',
        status: 'DISQUALIFIED',
        flags: [{ kind: 'SHARED_ADDRESS', evidence: { address: 'ffee00112233', accounts: 12, otherAccounts: [101] } }],
        attempts: [{ attemptId: 903, attemptNo: 1, status: 'SUBMITTED', score: 80, correctCount: 8, questionCount: 10, durationMs: 96_000, submittedAt: '2026-11-05T04:01:00Z', disqualified: true }],
        decision: { decision: 'DISQUALIFIED', reason: 'Thi hộ, đã xác minh', decidedBy: 2, decidedByName: 'Chủ tịch Hội đồng', decidedAt: '2026-11-06T02:00:00Z' } as null | Record<string, unknown>,
      },
    ],
  };

  const tiers = [
    { position: 1, name: 'Giải Nhất', count: 1, amountVnd: 2_000_000, collectivePoints: 5 },
    { position: 2, name: 'Giải Nhì', count: 2, amountVnd: 1_000_000, collectivePoints: 3 },
  ];
  const rules: Record<string, Record<string, unknown>> = {
    'rounds/7': { roundId: 7, tiers, eligibility: { minScore: null, allCorrectOnly: false, groups: [] }, locked: false },
    'rounds/8': { roundId: 8, tiers: [], eligibility: { minScore: null, allCorrectOnly: false, groups: [] }, locked: false },
    'contests/1': {
      contestId: 1,
      onePrizePerPerson: true,
      tiers: [],
      eligibility: { minScore: null, allCorrectOnly: false, groups: ['OFFICIAL'] },
      collective: { rateWeight: 0.7, pointsWeight: 0.3, minParticipants: 10, tiers: [{ position: 1, name: 'Giải tập thể xuất sắc', count: 1, amountVnd: 5_000_000, collectivePoints: 0 }], formula: 'index = rateWeight × min(100, 100 × participants ÷ headcount) + pointsWeight × points' },
      excludedPeople: 1,
      locked: false,
    },
  };
  const exclusions = [{ id: 1, note: 'Tổ thư ký Hội đồng', createdAt: '2026-11-01T02:00:00Z' }];

  const winner = (rank: number, tier: string, position: number, amount: number) => {
    const e = rankedEntry(rank);
    return {
      tier, tierPosition: position, amountVnd: amount, rank, accountId: e.accountId, fullName: `Nguyễn Văn ${rank}`,
      displayName: e.displayName, unit: e.unit, commune: e.commune, score: e.score, correctCount: e.correctCount,
      questionCount: 10, prediction: e.prediction, predictionError: e.predictionError, durationMs: e.durationMs,
      submittedAt: e.submittedAt, decidedBy: e.decidedBy, movedUp: rank === 3 ? 1 : 0, passedOverCount: rank === 3 ? 1 : 0,
      passedOver: rank === 3
        ? [{ rank: 2, accountId: 102, displayName: 'Thí sinh 2', reason: 'EXCLUDED', explanation: 'Thuộc diện không xét giải (thành phần tổ chức cuộc thi).', explanationEn: 'Excluded from prizes (organizing staff).' }]
        : [],
    };
  };
  const decisions: Record<string, Decision | null> = { 'rounds/7': null, 'rounds/8': null, 'contests/1': null };
  const drafted = (key: string, version: number): Decision => ({
    scope: key.startsWith('rounds') ? 'ROUND' : 'CONTEST', contestId: 1, roundId: key.startsWith('rounds') ? Number(key.split('/')[1]) : null,
    label: 'Tuần 1', status: 'DRAFT', version, rankingHash: HASH, currentRankingHash: HASH, rankingChanged: false,
    draftedAt: '2026-11-09T02:00:00Z', draftedBy: 'Ủy viên Hội đồng', signedAt: null, signedBy: null, signedHash: null, publishedAt: null,
    winners: [winner(1, 'Giải Nhất', 1, 2_000_000), winner(3, 'Giải Nhì', 2, 1_000_000)],
    unfilled: [{ tierPosition: 2, tier: 'Giải Nhì', count: 1 }],
    collective: key.startsWith('contests')
      ? [
          { unit: 'Sở Khoa học và Công nghệ', participants: 40, headcount: 50, participationPercent: 80, points: 8, index: 58.4, tier: 'Giải tập thể xuất sắc', amountVnd: 5_000_000, notRanked: null },
          { unit: 'Sở Tư pháp', participants: 3, headcount: null, participationPercent: null, points: 0, index: null, tier: null, amountVnd: null, notRanked: 'NO_HEADCOUNT' },
        ]
      : [],
  });
  /** What the next sign-off answers, when a test wants a refusal. */
  const signRefusals: (() => Response)[] = [];

  const handlers = [
    http.get('/api/me', ({ request }) => {
      const token = request.headers.get('Authorization') ?? '';
      if (!token.startsWith('Bearer ')) return new HttpResponse(null, { status: 401 });
      const roles = token.endsWith('organizer')
        ? ['ORGANIZER']
        : token.endsWith('chair')
          ? ['COMMITTEE', 'COMMITTEE_CHAIR']
          : token.endsWith('committee')
            ? ['COMMITTEE']
            : ['ADMIN'];
      return json({ id: 1, fullName: 'Cán bộ', roles });
    }),
    http.get('/api/admin/contests/:id', () => json({ ...contest, status: 'PUBLISHED', rounds })),

    http.get('/api/admin/rounds/:id/review', ({ request }) => {
      const status = new URL(request.url).searchParams.get('status');
      const counts = { PENDING: 0, DISQUALIFIED: 0, CLEARED: 0 } as Record<string, number>;
      queue.entries.forEach((e) => (counts[e.status] += 1));
      return json({ roundId: 7, counts, entries: queue.entries.filter((e) => !status || e.status === status) });
    }),
    http.post('/api/admin/rounds/:id/review/:accountId', async ({ request, params }) => {
      const body = (await record(request)) as { decision: string; reason: string };
      if (!body.reason || body.reason.trim().length < 5) {
        return apiError(400, 'VALIDATION_FAILED', 'Dữ liệu chưa hợp lệ.', 'Invalid.', undefined, [
          { field: 'reason', code: 'REQUIRED', message: 'Vui lòng ghi lý do (5–1000 ký tự).', messageEn: 'Reason required.' },
        ]);
      }
      const entry = queue.entries.find((e) => e.accountId === Number(params.accountId))!;
      entry.status = body.decision === 'DISQUALIFY' ? 'DISQUALIFIED' : 'CLEARED';
      entry.decision = { decision: entry.status, reason: body.reason, decidedBy: 1, decidedByName: 'Cán bộ', decidedAt: '2026-11-06T03:00:00Z' };
      return json({ roundId: 7, accountId: entry.accountId, decision: entry.status, reason: body.reason, attempts: 1, decidedAt: '2026-11-06T03:00:00Z' });
    }),

    http.get('/api/admin/rounds/:id/ranking', async ({ request, params }) => {
      await record(request);
      const r = rounds.find((x) => x.id === Number(params.id));
      if (!r || r.status !== 'CLOSED') {
        return apiError(404, 'NOT_CLOSED', 'Đợt thi chưa khóa nên chưa có bảng xếp hạng chính thức.', 'Not frozen.');
      }
      const url = new URL(request.url);
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 50);
      const total = r.id === 7 ? 60 : 2;
      const entries = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => rankedEntry(offset + i + 1));
      return json({ snapshot: { roundId: r.id, computedAt: '2026-11-08T01:01:00.456Z', predictionActual: 500, entryCount: total, contentHash: r.id === 7 ? HASH : NEW_HASH }, entries });
    }),
    http.post('/api/admin/rounds/:id/close', async ({ request, params }) => {
      await record(request);
      const r = rounds.find((x) => x.id === Number(params.id))!;
      if (!round8Closable) {
        return apiError(409, 'ROUND_STILL_OPEN', 'Đợt thi chưa kết thúc; chỉ khóa được sau giờ đóng và thời gian gia hạn.', 'Still open.', { closesAt: r.closesAt });
      }
      r.status = 'CLOSED';
      return json({ roundId: r.id, computedAt: '2026-11-16T01:01:00Z', predictionActual: 500, entryCount: 2, contentHash: NEW_HASH });
    }),
    http.post('/api/admin/rounds/:id/reopen', async ({ request, params }) => {
      const body = (await record(request)) as { reason?: string };
      if (!body?.reason || body.reason.length < 5) return apiError(422, 'REASON_REQUIRED', 'Cần nêu lý do mở lại đợt thi (5–500 ký tự).', 'Reason required.');
      rounds.find((x) => x.id === Number(params.id))!.status = 'PUBLISHED';
      return json({ roundId: Number(params.id), status: 'PUBLISHED' });
    }),
    http.get('/api/admin/rounds/:id/exports/ranking', async ({ request }) => {
      await record(request);
      return new HttpResponse('Hạng,Họ và tên\r\n1,Nguyễn Văn 1\r\n', {
        headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="xep-hang-dot-1.csv"' },
      });
    }),

    http.get('/api/admin/:kind/:id/prize-rules', ({ params }) => json(rules[`${params.kind}/${params.id}`])),
    http.put('/api/admin/:kind/:id/prize-rules', async ({ request, params }) => {
      const key = `${params.kind}/${params.id}`;
      const body = (await record(request)) as { tiers: { amountVnd: number }[] };
      if (rules[key].locked) {
        return apiError(409, 'AWARDS_LOCKED', 'Kết quả đã được ký duyệt; chỉ quản trị viên mở khóa (có lý do) mới được xét lại.', 'Locked.');
      }
      const rising = body.tiers.findIndex((tier, i) => i > 0 && tier.amountVnd > body.tiers[i - 1].amountVnd);
      if (rising > 0) {
        return apiError(400, 'VALIDATION_FAILED', 'Dữ liệu chưa hợp lệ.', 'Invalid.', undefined, [
          { field: `tiers[${rising}].amountVnd`, code: 'NOT_DESCENDING', message: 'Hạng giải xếp từ cao xuống thấp: giá trị không được tăng.', messageEn: 'Not descending.' },
        ]);
      }
      rules[key] = { ...rules[key], ...body, tiers: body.tiers.map((tier, i) => ({ ...tier, position: i + 1 })) };
      return json(rules[key]);
    }),
    http.get('/api/admin/contests/:id/award-exclusions', () => json(exclusions)),
    http.post('/api/admin/contests/:id/award-exclusions', async ({ request }) => {
      const body = (await record(request)) as { citizenIds: string[]; note?: string };
      const bad = body.citizenIds.findIndex((id) => !/^\d{12}$/.test(id));
      if (bad >= 0) {
        return apiError(400, 'VALIDATION_FAILED', 'Dữ liệu chưa hợp lệ.', 'Invalid.', undefined, [
          { field: `citizenIds[${bad}]`, code: 'INVALID', message: 'Số định danh cá nhân phải gồm đúng 12 chữ số.', messageEn: '12 digits.' },
        ]);
      }
      exclusions.push({ id: exclusions.length + 1, note: body.note ?? null, createdAt: '2026-11-07T02:00:00Z' } as never);
      return json({ added: body.citizenIds.length, alreadyListed: 0 }, { status: 201 });
    }),
    http.delete('/api/admin/contests/:id/award-exclusions/:exclusionId', async ({ request, params }) => {
      await record(request);
      exclusions.splice(exclusions.findIndex((e) => e.id === Number(params.exclusionId)), 1);
      return new HttpResponse(null, { status: 204 });
    }),

    http.get('/api/admin/:kind/:id/awards', ({ params }) => {
      const d = decisions[`${params.kind}/${params.id}`];
      return d ? json(d) : apiError(404, 'NO_DECISION', 'Chưa có dự kiến kết quả xét giải.', 'No decision.');
    }),
    http.post('/api/admin/:kind/:id/awards/draft', async ({ request, params }) => {
      await record(request);
      const key = `${params.kind}/${params.id}`;
      if (key === 'rounds/8') {
        return apiError(409, 'RANKING_NOT_FROZEN', 'Chưa có bảng xếp hạng chính thức: đợt thi (hoặc mọi đợt của cuộc thi) phải được khóa trước.', 'Not frozen.');
      }
      decisions[key] = drafted(key, (decisions[key]?.version ?? 0) + 1);
      return json(decisions[key]);
    }),
    http.post('/api/admin/:kind/:id/awards/sign', async ({ request, params }) => {
      const body = (await record(request)) as { version: number };
      const key = `${params.kind}/${params.id}`;
      const refusal = signRefusals.shift();
      if (refusal) return refusal();
      const d = decisions[key]!;
      if (body.version !== d.version) {
        return apiError(409, 'DRAFT_CHANGED', 'Dự kiến đã được lập lại sau khi bạn xem; hãy xem lại trước khi ký.', 'Draft changed.', { currentVersion: d.version });
      }
      decisions[key] = { ...d, status: 'SIGNED', signedAt: '2026-11-09T03:00:00Z', signedBy: 'Chủ tịch Hội đồng', signedHash: HASH };
      return json(decisions[key]);
    }),
    http.post('/api/admin/:kind/:id/awards/publish', async ({ request, params }) => {
      await record(request);
      const key = `${params.kind}/${params.id}`;
      decisions[key] = { ...decisions[key]!, status: 'PUBLISHED', publishedAt: '2026-11-09T04:00:00Z' };
      return json(decisions[key]);
    }),
    http.post('/api/admin/:kind/:id/awards/unlock', async ({ request, params }) => {
      const body = (await record(request)) as { reason?: string };
      if (!body?.reason || body.reason.length < 5) return apiError(422, 'REASON_REQUIRED', 'Cần nêu lý do (5–500 ký tự).', 'Reason required.');
      const key = `${params.kind}/${params.id}`;
      const d = decisions[key]!;
      decisions[key] = { ...d, status: 'DRAFT', version: d.version + 1, signedAt: null, signedBy: null, signedHash: null, publishedAt: null };
      return json(decisions[key]);
    }),
    http.get('/api/admin/:kind/:id/exports/:what', async ({ request, params }) => {
      await record(request);
      return new HttpResponse('Phạm vi,Giải\r\n', {
        headers: { 'Content-Type': 'text/csv', 'Content-Disposition': `attachment; filename="${params.what}.csv"` },
      });
    }),
  ];

  return {
    handlers,
    requests,
    rounds,
    queue,
    rules,
    decisions,
    drafted,
    signRefusals,
    apiError,
    allowClosingRound8: () => {
      round8Closable = true;
    },
  };
}
