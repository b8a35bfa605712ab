import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { defaultRound, rememberedScope } from '@/components/scope-picker';
import { contest, round } from '@/testing/handlers';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';

const at = (iso: string) => Date.parse(iso);
const r = (id: number, opensAt: string, closesAt: string) => ({ id, opensAt, closesAt });

describe('the default contest and round', () => {
  const contests = [
    { id: 1, rounds: [r(11, '2026-11-01T01:00:00Z', '2026-11-08T01:00:00Z'), r(12, '2026-11-15T01:00:00Z', '2026-11-22T01:00:00Z')] },
    { id: 2, rounds: [r(21, '2026-11-10T01:00:00Z', '2026-11-12T01:00:00Z')] },
  ];

  it('is the round open now, not the next one', () => {
    expect(defaultRound(contests, at('2026-11-02T00:00:00Z'))).toEqual({ contestId: 1, roundId: 11 });
  });

  it('is the next round to open when none is open', () => {
    expect(defaultRound(contests, at('2026-11-09T00:00:00Z'))).toEqual({ contestId: 2, roundId: 21 });
  });

  it('is the last closed round when nothing is open or coming', () => {
    expect(defaultRound(contests, at('2026-12-01T00:00:00Z'))).toEqual({ contestId: 1, roundId: 12 });
  });

  it('is nothing without published rounds', () => {
    expect(defaultRound([], at('2026-12-01T00:00:00Z'))).toBeUndefined();
  });
});

describe('the selectors on the screens', () => {
  const round2 = { ...round, id: 8, seq: 2, name: 'Đợt 2', status: 'PUBLISHED', opensAt: '2026-11-15T01:00:00Z', closesAt: '2026-11-22T01:00:00Z' };
  const round1 = { ...round, status: 'PUBLISHED' };

  beforeEach(() => {
    server.use(
      // the contest most recently updated is someone's draft; the open round is round 1 of contest 1
      http.get('/api/admin/contests', () =>
        HttpResponse.json([
          { id: 9, slug: 'nhap', name: 'Bản nháp của người khác', status: 'DRAFT', bankId: 3, rounds: 1, updatedAt: '2026-11-03T00:00:00Z' },
          { id: 1, slug: contest.slug, name: contest.name, status: 'PUBLISHED', bankId: 3, rounds: 2, updatedAt: '2026-11-01T00:00:00Z' },
        ]),
      ),
      http.get('/api/admin/contests/:id', ({ params }) =>
        HttpResponse.json(params.id === '9' ? { ...contest, id: 9, name: 'Bản nháp của người khác', rounds: [] } : { ...contest, status: 'PUBLISHED', rounds: [round1, round2] }),
      ),
      http.get('/api/contests', () =>
        HttpResponse.json([{ id: 1, rounds: [{ ...round1, serverTime: '2026-11-02T01:00:00Z' }, { ...round2, serverTime: '2026-11-02T01:00:00Z' }] }]),
      ),
      http.get('/api/admin/rounds/:id/review', ({ params }) => HttpResponse.json({ roundId: Number(params.id), counts: {}, entries: [] })),
    );
  });

  it('open on the round open now of a published contest', async () => {
    renderApp('/review');
    expect(await screen.findByText('1. Đợt 1')).toBeInTheDocument();
    expect(screen.getByText(contest.name)).toBeInTheDocument();
  });

  it('open on the round the user picked on another screen', async () => {
    rememberedScope.set(1, 8);
    renderApp('/review');
    expect(await screen.findByText('2. Đợt 2')).toBeInTheDocument();
  });

  it('follow the address first', async () => {
    rememberedScope.set(1, 7);
    renderApp('/review?contest=1&round=8');
    expect(await screen.findByText('2. Đợt 2')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('1. Đợt 1')).not.toBeInTheDocument());
  });
});
