import { http, HttpResponse } from 'msw';

/** One registered contestant as the support desk's API shows them: numbers masked. */
export const registration = {
  accountId: 20, fullName: 'Nguyễn Thị Ánh', displayName: 'Nguyễn T. Á.', citizenId: '075*******123', phone: '091****678',
  email: 'a***@example.vn', birthDate: '1990-05-17', commune: 'Phường Trấn Biên', unit: 'Sở Khoa học và Công nghệ',
  group: 'OFFICIAL', groupLabel: 'Cán bộ, công chức, viên chức', enabled: true, mustChangePassword: false,
  registeredAt: '2026-11-02T01:30:00Z', erasedAt: null,
};

export const contestantFile = {
  registration,
  consent: { version: '2025-11-01', acceptedAt: '2026-11-02T01:29:45Z' },
  attempts: [
    {
      attemptId: 501, contestId: 1, contestName: 'Tìm hiểu Chuyển đổi số', roundId: 7, roundName: 'Đợt 1', attemptNo: 1,
      status: 'SUBMITTED', statusLabel: 'Đã nộp bài', startedAt: '2026-11-03T02:00:00Z', submittedAt: '2026-11-03T02:07:30Z',
      score: 80, correctCount: 8, questionCount: 10, durationMs: 450_250, prediction: 1200, disqualified: false,
    },
  ],
  results: [
    {
      roundId: 7, roundName: 'Đợt 1', contestName: 'Tìm hiểu Chuyển đổi số', rank: 3, score: 80, durationMs: 450_250,
      submittedAt: '2026-11-03T02:07:30Z', prize: 'Giải Ba', prizeAmountVnd: 1_000_000,
    },
  ],
};

export const summary = {
  accountId: 20, fullName: 'Nguyễn Thị Ánh', citizenIdMasked: '075*******123', phoneMasked: '091****678',
  unit: 'Sở Khoa học và Công nghệ', commune: 'Phường Trấn Biên', birthDate: '1990-05-17', enabled: true,
  mustChangePassword: false, registeredAt: '2026-11-02T01:30:00Z',
};

/** Signs the console in as a member of the support desk (SUPPORT only). */
export const asSupport = () =>
  http.get('/api/me', () => HttpResponse.json({ id: 9, fullName: 'Lê Thu Hà', roles: ['SUPPORT'] }));

export const supportHandlers = [
  http.get('/api/admin/support/contestants/20', () => HttpResponse.json(contestantFile)),
  http.get('/api/admin/support/contestants', () => HttpResponse.json({ items: [summary], page: 0, size: 20, total: 1 })),
];
