import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { round } from '@/testing/handlers';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';

/** The round dialog's draw: quotas beside what the pool holds, the total checked as typed, minutes for the time. */
describe('round draw and time limit', () => {
  const openRound = async () => {
    renderApp('/contests/1');
    fireEvent.click(await screen.findByRole('button', { name: 'Sửa' }));
    return screen.findByRole('dialog');
  };

  it('shows each quota beside the questions available and checks the total live', async () => {
    const dialog = await openRound();
    expect(within(dialog).getByRole('spinbutton', { name: 'Thời gian làm bài (phút)' })).toHaveValue('10');
    await userEvent.click(within(dialog).getByRole('button', { name: /Thêm quy tắc/ }));

    expect(within(dialog).getByTestId('available-0')).toHaveTextContent('2');
    expect(within(dialog).getByTestId('draw-total')).toHaveTextContent('Đã phân bổ 1/10 câu; 9 câu còn lại rút ngẫu nhiên từ cả ngân hàng (2 câu đang dùng).');
    expect(within(dialog).getByText('Ngân hàng chỉ có 2 câu đang dùng, ít hơn 10 câu mỗi lượt thi.')).toBeInTheDocument();

    fireEvent.change(within(dialog).getByRole('spinbutton', { name: 'Số câu' }), { target: { value: '12' } });

    expect(await within(dialog).findByText('Tổng số câu theo quy tắc (12) vượt số câu mỗi lượt thi (10).')).toBeInTheDocument();
    expect(within(dialog).getByTestId('available-0')).toHaveTextContent('Chỉ có 2');
  });

  it('narrows the available count to the topic and difficulty chosen, and wants one of them', async () => {
    const dialog = await openRound();
    await userEvent.click(within(dialog).getByRole('button', { name: /Thêm quy tắc/ }));
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Độ khó' }));
    await userEvent.click(await screen.findByTitle('Khó'));

    expect(within(dialog).getByTestId('available-0')).toHaveTextContent('Chỉ có 0');

    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Độ khó' }));
    await userEvent.click(await screen.findByTitle('Mọi mức độ'));
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Chủ đề' }));
    await userEvent.click(await screen.findByTitle('Mọi chủ đề'));

    expect(within(dialog).getByTestId('available-0')).toHaveTextContent('Chọn chủ đề hoặc mức độ');
  });

  it('saves the time limit in seconds and the quotas as draw rules', async () => {
    let body: Record<string, unknown> | undefined;
    server.use(
      http.put('/api/admin/rounds/:id', async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json(round);
      }),
    );
    const dialog = await openRound();
    fireEvent.change(within(dialog).getByRole('spinbutton', { name: 'Thời gian làm bài (phút)' }), { target: { value: '15' } });
    await userEvent.click(within(dialog).getByRole('button', { name: /Thêm quy tắc/ }));
    fireEvent.change(within(dialog).getByRole('spinbutton', { name: 'Số câu' }), { target: { value: '2' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await vi.waitFor(() => expect(body).toBeDefined());
    expect(body?.timeLimitSeconds).toBe(900);
    expect(body?.drawRules).toEqual([{ topicId: 1, difficulty: null, count: 2 }]);
  });

  it('does not offer to move the end of a closed round', async () => {
    server.use(
      http.get('/api/admin/contests/:id', () =>
        HttpResponse.json({
          id: 1, slug: 'chuyen-doi-so', name: 'Tìm hiểu Chuyển đổi số', organizer: 'Sở KH&CN', rulesMd: '## Thể lệ', bankId: 3,
          bankName: 'Ngân hàng chính', status: 'PUBLISHED', eligibility: {}, branding: {}, overallBoard: false,
          rounds: [{ ...round, status: 'CLOSED', locked: true, attempts: 3 }],
        }),
      ),
    );
    const dialog = await openRound();
    const inputs = within(dialog).getAllByPlaceholderText(/Chọn|Select/);
    // both dates of a closed round are history
    inputs.forEach((input) => expect(input).toBeDisabled());
    // the status reads as the shared labels name a closed round (labels/vi.json, roundStatus.CLOSED)
    expect(screen.getByText('Đã khóa')).toBeInTheDocument();
  });
});
