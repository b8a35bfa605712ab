import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { committeeWorld } from '@/testing/committee-handlers';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { resetViewport, setViewportWidth } from '@/testing/viewport';

let world: ReturnType<typeof committeeWorld>;

beforeEach(() => {
  setViewportWidth(1280);
  world = committeeWorld();
  server.use(...world.handlers);
});
afterEach(resetViewport);

describe('closing a round', () => {
  it('shows the moment closing becomes possible (the end plus the grace), in Vietnam time', async () => {
    world.rounds[1].graceSeconds = 600;
    renderApp('/ranking?contest=1&round=8', 'token-committee');
    await userEvent.click(await screen.findByRole('button', { name: /Khóa đợt thi/ }));
    const dialog = await screen.findByRole('dialog');

    // 01:00 UTC on 16/11 is 08:00 in Vietnam; ten minutes of grace
    expect(within(dialog).getByTestId('closable-at')).toHaveTextContent('Có thể khóa từ 16/11/2026 08:10');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Khóa đợt thi' }));
    expect(await screen.findByText(/Đợt thi chưa kết thúc.*\(Có thể khóa từ 16\/11\/2026 08:10\)/)).toBeInTheDocument();
  });

  it('points out the ranked entries still pending review before the round is closed', async () => {
    renderApp('/ranking?contest=1&round=8', 'token-committee');
    const flags = await screen.findByTestId('ranking-flags');
    expect(flags).toHaveTextContent(/bài thi trong bảng xếp hạng còn cảnh báo chưa được rà soát/);
    expect(within(flags).getByRole('link', { name: /Mở Rà soát bài thi/ })).toHaveAttribute('href', '/review?contest=1&round=8');
  });
});
