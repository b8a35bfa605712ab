import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { committeeWorld } from '@/testing/committee-handlers';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { pasteInto } from '@/testing/type-fast';

let world: ReturnType<typeof committeeWorld>;
let sent: unknown;

beforeEach(() => {
  world = committeeWorld();
  sent = undefined;
  server.use(
    // first, so it answers before the world's one-entry route ("/review/:accountId")
    http.post('/api/admin/rounds/:id/review/bulk', async ({ request }) => {
      sent = await request.json();
      const body = sent as { accountIds: number[]; decision: string; reason: string };
      world.queue.entries
        .filter((e) => body.accountIds.includes(e.accountId))
        .forEach((e) => (e.status = body.decision === 'DISQUALIFY' ? 'DISQUALIFIED' : 'CLEARED'));
      return HttpResponse.json({ roundId: 7, decided: body.accountIds.length, decisions: [] });
    }),
    ...world.handlers,
  );
});

describe('bulk review decisions', () => {
  it('decides every ticked entry with one reason', async () => {
    renderApp('/review?contest=1&round=7', 'token-committee');
    const bar = await screen.findByTestId('bulk-bar');
    await screen.findByTestId('review-101');
    expect(within(bar).getByRole('button', { name: /Không vi phạm \(0\)/ })).toBeDisabled();

    await userEvent.click(within(bar).getByText(/Chọn tất cả \(2\)/));
    await userEvent.click(within(bar).getByRole('button', { name: /Không vi phạm \(2\)/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Lý do chung cho 2 thí sinh')).toBeInTheDocument();
    await pasteInto(within(dialog).getByLabelText('Lý do'), 'Cùng phòng họp của Sở, đã xác minh');
    await userEvent.click(within(dialog).getByRole('button', { name: /Không vi phạm \(2\)/ }));

    expect(await screen.findByText('Đã ghi quyết định cho 2 thí sinh.')).toBeInTheDocument();
    expect(sent).toEqual({ accountIds: [101, 102], decision: 'CLEAR', reason: 'Cùng phòng họp của Sở, đã xác minh' });
  });

  it('lets an organizer read the queue without choosing anything', async () => {
    renderApp('/review?contest=1&round=7', 'token-organizer');
    await screen.findByTestId('review-101');
    expect(screen.queryByTestId('bulk-bar')).not.toBeInTheDocument();
  });
});
