import { describe, expect, it } from 'vitest';
import { ApiError } from '../api-client';
import { retryDelay, throughWaitingRoom, WaitCancelled, type Wait } from '../waiting-room';

const refusal = (ticket: string, place: number, estimatedSeconds: number, retryAfterMs: number, counting = false) =>
  new ApiError(503, 'WAITING_ROOM', 'Hệ thống đang đông — bạn sẽ được vào thi sau khoảng 4 giây.', '', [],
    { ticket, place, estimatedSeconds, retryAfterSeconds: Math.ceil(retryAfterMs / 1000), retryAfterMs, counting });

describe('the waiting room', () => {
  it('retries with the ticket it was given until the start goes through, telling each wait', async () => {
    const tickets: Array<string | undefined> = [];
    const waits: Wait[] = [];
    const slept: number[] = [];
    const answers = [refusal('t-1', 3, 6, 5000), refusal('t-1', 0, 1, 500)];

    const result = await throughWaitingRoom(async (ticket) => {
      tickets.push(ticket);
      const next = answers.shift();
      if (next) throw next;
      return 'started';
    }, { onWait: (w) => waits.push(w), sleep: async (ms) => void slept.push(ms), random: () => 0.5 });

    expect(result).toBe('started');
    expect(tickets).toEqual([undefined, 't-1', 't-1']);
    expect(waits.map((w) => [w.place, w.estimatedSeconds])).toEqual([[3, 6], [0, 1]]);
    expect(slept).toEqual([5000, 500]);
  });

  it('tells no place or wait while the room is still passing over people who left ahead', async () => {
    const waits: Wait[] = [];
    const answers = [refusal('t-2', 3001, 300, 1000, true), refusal('t-2', 1, 1, 1000)];

    await throughWaitingRoom(async () => {
      const next = answers.shift();
      if (next) throw next;
      return 'started';
    }, { onWait: (w) => waits.push(w), sleep: async () => undefined, random: () => 0.5 });

    expect(waits.map((w) => [w.counting, w.place])).toEqual([[true, 3001], [false, 1]]);
  });

  it('spreads the retries of many pages over the server\'s delay ± 20 %', () => {
    expect(retryDelay(5000, () => 0)).toBe(4000);
    expect(retryDelay(5000, () => 1)).toBe(6000);
    expect(retryDelay(0, () => 0)).toBe(250);
  });

  it('stops when the person cancels, without another try', async () => {
    const controller = new AbortController();
    let calls = 0;
    const waiting = throughWaitingRoom(async () => {
      calls++;
      throw refusal('t-9', 40, 30, 5000);
    }, { signal: controller.signal, onWait: () => controller.abort() });

    await expect(waiting).rejects.toBeInstanceOf(WaitCancelled);
    expect(calls).toBe(1);
  });

  it('passes any other failure straight on', async () => {
    const conflict = new ApiError(409, 'ATTEMPTS_USED_UP', 'Bạn đã dùng hết lượt thi.', '');
    const busy = new ApiError(503, 'BUSY', 'Hệ thống đang đông, vui lòng thử lại sau ít giây.', '');

    await expect(throughWaitingRoom(async () => { throw conflict; })).rejects.toBe(conflict);
    await expect(throughWaitingRoom(async () => { throw busy; })).rejects.toBe(busy);
  });
});
