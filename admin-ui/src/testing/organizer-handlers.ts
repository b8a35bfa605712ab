import { http, HttpResponse } from 'msw';

/** The organizer's lists beyond the first console: a bank's topics, the unit catalog, the staff. */
export const units = [
  { id: 1, name: 'Sở Khoa học và Công nghệ', kind: 'Sở, ban, ngành', headcount: 1250, active: true },
  { id: 2, name: 'Sở Nội vụ', kind: 'Sở, ban, ngành', headcount: 95, active: true },
  { id: 3, name: 'Ban Quản lý dự án cũ', kind: null, headcount: null, active: false },
];
export const staff = [
  { id: 1, username: 'admin', fullName: 'Quản trị viên', roles: ['ADMIN'], enabled: true, createdAt: '2026-11-01T00:00:00Z', lockedUntil: null },
  { id: 2, username: 'btc.lan', fullName: 'Trần Thị Lan', roles: ['ORGANIZER'], enabled: true, createdAt: '2026-11-02T00:00:00Z', lockedUntil: null },
];

/** Lan organizes the Department of Science and Technology's contests, granted through its unit. */
export const grants = [
  { id: 7, accountId: 2, role: 'ORGANIZER', contestId: null, contestName: null, organizingUnit: 'Sở Khoa học và Công nghệ',
    grantedBy: 'Quản trị viên', grantedAt: '2026-11-02T01:00:00Z' },
];

export const organizerHandlers = [
  http.get('/api/admin/banks/:id', ({ params }) =>
    HttpResponse.json({
      id: Number(params.id), name: 'Ngân hàng chính', createdAt: '2026-11-01T00:00:00Z', liveRounds: [],
      topics: [{ id: 1, name: 'Chuyển đổi số', easy: 1, medium: 1, hard: 0 }],
    }),
  ),
  http.get('/api/admin/catalog/:kind', ({ params }) => HttpResponse.json(params.kind === 'units' ? units : [])),
  http.get('/api/admin/staff', () => HttpResponse.json(staff)),
  // masked names of contestants known by id (the support desk's lookup)
  http.get('/api/admin/support/names', ({ request }) =>
    HttpResponse.json(
      (new URL(request.url).searchParams.get('ids') ?? '').split(',').filter(Boolean)
        .map((id) => ({ accountId: Number(id), displayName: `Thí sinh T. ${id}.`, unit: 'Sở Nội vụ' })),
    ),
  ),
  http.get('/api/admin/grants', () => HttpResponse.json(grants)),
  http.get('/api/admin/organizing-units', () => HttpResponse.json(['Sở Khoa học và Công nghệ', 'Sở Tư pháp'])),
];
