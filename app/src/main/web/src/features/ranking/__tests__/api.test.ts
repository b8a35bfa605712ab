import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../lib/device', () => ({ deviceFingerprint: () => 'test-device' }));

const { MINE_BUSY, fetchMine, fetchMyRank } = await import('../api');
const { ApiError } = await import('../../../lib/api-client');

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const answering = (status: number, body: unknown) => vi.stubGlobal('fetch', vi.fn(async () => json(status, body)));
const board = { kind: 'round', id: 7 } as const;

describe('my own place on a board', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is my entry when the server has it', async () => {
    answering(200, { rank: 3, displayName: 'Nguyễn V. A.', unit: null, commune: 'Biên Hòa', score: 9, durationMs: 61000 });
    expect(await fetchMine(board)).toMatchObject({ rank: 3 });
  });

  it('is nobody when I am not ranked', async () => {
    answering(404, { code: 'NOT_RANKED', message: 'Bạn chưa có bài thi nào được xếp hạng ở bảng này.' });
    expect(await fetchMine(board)).toBeNull();
  });

  it('is not known, rather than an error or "not ranked", when the platform is too busy to look it up', async () => {
    answering(503, { code: 'BUSY', message: 'Hệ thống đang đông, vui lòng thử lại sau ít giây.' });
    expect(await fetchMine(board)).toBe(MINE_BUSY);
    expect(await fetchMyRank(7)).toBeNull();
  });

  it('still fails on any other refusal', async () => {
    answering(503, { code: 'LEADERBOARD_UNAVAILABLE', message: 'Bảng xếp hạng tạm thời chưa xem được.' });
    await expect(fetchMine(board)).rejects.toBeInstanceOf(ApiError);
  });
});
