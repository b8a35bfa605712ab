import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Decision } from '@/features/awards/api/awards';
import { committeeWorld } from '@/testing/committee-handlers';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { pasteInto } from '@/testing/type-fast';
import { resetViewport, setViewportWidth } from '@/testing/viewport';

let world: ReturnType<typeof committeeWorld>;

beforeEach(() => {
  setViewportWidth(1280);
  world = committeeWorld();
  server.use(...world.handlers);
});
afterEach(resetViewport);

/** A draft whose first prize went to someone the review queue still questions. */
function flaggedDraft(): ReturnType<typeof world.drafted> {
  const d = world.drafted('rounds/7', 2) as unknown as Decision;
  return {
    ...d,
    winners: d.winners.map((w, i) =>
      i === 0 ? { ...w, pendingFlags: [{ round: 'Tuần 1', kind: 'FAST_FINISH', label: 'làm bài nhanh bất thường' }] } : { ...w, pendingFlags: [] },
    ),
  } as unknown as ReturnType<typeof world.drafted>;
}

describe('prize places with undecided review flags', () => {
  it('shows the flags on the prize place and above the winners, with the way to the review queue', async () => {
    world.decisions['rounds/7'] = flaggedDraft();
    renderApp('/awards?contest=1&round=7&tab=winners', 'token-committee');

    const alert = await screen.findByTestId('prize-flags');
    expect(alert).toHaveTextContent('1 người đoạt giải còn cảnh báo chưa được rà soát');
    expect(alert).toHaveTextContent('1. Nguyễn Văn 1 (Giải Nhất): Làm bài nhanh bất thường');
    expect(within(alert).getByRole('link', { name: /Mở Rà soát bài thi/ })).toHaveAttribute('href', '/review?contest=1&round=7');
    const place = screen.getByTestId('pending-flags-101');
    expect(place).toHaveTextContent('Chờ rà soát');
    expect(screen.queryByTestId('pending-flags-103')).not.toBeInTheDocument();
    // the committee cannot sign over them; only an ADMIN sees that choice
    expect(screen.queryByRole('button', { name: /dù còn cảnh báo/ })).not.toBeInTheDocument();
  });

  it('lists the flagged places when signing is refused', async () => {
    world.decisions['rounds/7'] = flaggedDraft();
    world.signRefusals.push(() =>
      world.apiError(409, 'PRIZE_FLAGS_PENDING', 'Chưa thể ký duyệt: 1 người đoạt giải còn cảnh báo chưa được hội đồng rà soát.', 'Flags pending.', {
        winners: [{ tier: 'Giải Nhất', rank: 1, accountId: 101, displayName: 'Nguyễn V. 1', rounds: ['Tuần 1'], flags: ['FAST_FINISH'], flagLabels: ['làm bài nhanh bất thường'] }],
      }),
    );
    renderApp('/awards?contest=1&round=7&tab=winners', 'token-committee');
    await userEvent.click(await screen.findByRole('button', { name: /Ký duyệt/ }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ký duyệt' }));

    const problem = await screen.findByTestId('award-problem');
    expect(problem).toHaveTextContent('Chưa thể ký duyệt');
    expect(within(problem).getByText('1. Nguyễn V. 1 (Giải Nhất): làm bài nhanh bất thường')).toBeInTheDocument();
    expect(within(problem).getByRole('link', { name: /Mở Rà soát bài thi/ })).toBeInTheDocument();
  });

  it('lets an ADMIN sign over the flags with a reason', async () => {
    world.decisions['rounds/7'] = flaggedDraft();
    renderApp('/awards?contest=1&round=7&tab=winners', 'token-admin');
    await userEvent.click(await screen.findByRole('button', { name: /dù còn cảnh báo/ }));
    const dialog = await screen.findByRole('dialog');
    await pasteInto(within(dialog).getByLabelText('Lý do'), 'Hội đồng đã gọi điện xác minh trực tiếp');
    await userEvent.click(within(dialog).getByRole('button', { name: /dù còn cảnh báo/ }));

    expect((await screen.findAllByText(/Đã ký duyệt/)).length).toBeGreaterThan(0);
    expect(world.requests.find((r) => r.path.endsWith('/sign'))?.body).toEqual({
      version: 2,
      flagOverrideReason: 'Hội đồng đã gọi điện xác minh trực tiếp',
    });
  });
});
