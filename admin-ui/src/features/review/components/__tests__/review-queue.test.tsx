import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { committeeWorld } from '@/testing/committee-handlers';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { pasteInto } from '@/testing/type-fast';

let world: ReturnType<typeof committeeWorld>;

beforeEach(() => {
  world = committeeWorld();
  server.use(...world.handlers);
});

describe('review queue', () => {
  it('tells each flag as evidence with its figures and names the related accounts', async () => {
    renderApp('/review?contest=1&round=7', 'token-committee');
    const card = await screen.findByTestId('review-101');
    expect(within(card).getByText('Làm bài nhanh bất thường')).toBeInTheDocument();
    expect(
      within(card).getByText(
        'Làm xong 10 câu trong 12,345 giây, nhanh hơn ngưỡng hợp lý 30,000 giây, nhưng vẫn đúng 9/10 câu (lượt thi #901).',
      ),
    ).toBeInTheDocument();
    expect(within(card).getByText(/3 tài khoản dự thi từ cùng một thiết bị/)).toBeInTheDocument();
    // the other accounts on that device are named when the queue knows them
    expect(within(card).getByText('Trần T. B. (#102)')).toBeInTheDocument();
    const copied = await screen.findByTestId('review-102');
    expect(within(copied).getByText(/cùng 10 câu trả lời, trong đó 2 câu sai giống nhau/)).toBeInTheDocument();
    // pending is the default filter: the disqualified entry waits under its own tab, with the counts
    expect(screen.queryByTestId('review-103')).not.toBeInTheDocument();
    expect(screen.getByText('Chờ xem xét (2)')).toBeInTheDocument();
    expect(screen.getByText('Đã loại (1)')).toBeInTheDocument();
  });

  it('refuses a disqualification without a reason, then sends it with one and moves the entry', async () => {
    renderApp('/review?contest=1&round=7', 'token-committee');
    const card = await screen.findByTestId('review-101');
    await userEvent.click(within(card).getByRole('button', { name: 'Loại khỏi kết quả' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Loại bài thi của Nguyễn V. A.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Loại khỏi kết quả' }));
    expect(await within(dialog).findByText('Vui lòng ghi lý do.')).toBeInTheDocument();
    expect(world.requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    await pasteInto(within(dialog).getByLabelText('Lý do'), 'Thi hộ: 3 tài khoản một máy, đã xác minh');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Loại khỏi kết quả' }));
    await screen.findByText('Đã loại bài thi.');
    expect(world.requests.find((r) => r.path === '/api/admin/rounds/7/review/101')?.body).toEqual({
      decision: 'DISQUALIFY',
      reason: 'Thi hộ: 3 tài khoản một máy, đã xác minh',
    });
    expect(await screen.findByText('Chờ xem xét (1)')).toBeInTheDocument();
    expect(screen.queryByTestId('review-101')).not.toBeInTheDocument();
  });

  it('shows a decision with who took it and why', async () => {
    renderApp('/review?contest=1&round=7', 'token-committee');
    await userEvent.click(await screen.findByText('Đã loại (1)'));
    const card = await screen.findByTestId('review-103');
    expect(within(card).getByText(/Chủ tịch Hội đồng/)).toBeInTheDocument();
    expect(within(card).getByText('Lý do: Thi hộ, đã xác minh')).toBeInTheDocument();
    // a disqualified entry can still be cleared, but not disqualified twice
    expect(within(card).getByRole('button', { name: 'Không vi phạm' })).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Loại khỏi kết quả' })).not.toBeInTheDocument();
  });

  it('lets an organizer read the evidence but not decide', async () => {
    renderApp('/review?contest=1&round=7', 'token-organizer');
    const card = await screen.findByTestId('review-101');
    expect(within(card).getByText('Làm bài nhanh bất thường')).toBeInTheDocument();
    expect(screen.getByText(/Bạn chỉ có quyền xem/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Loại khỏi kết quả' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Không vi phạm' })).not.toBeInTheDocument();
  });
});
