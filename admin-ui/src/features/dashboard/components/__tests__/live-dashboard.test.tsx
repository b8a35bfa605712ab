import { screen, within } from '@testing-library/react';
import { renderApp } from '@/testing/render';

describe('live dashboard', () => {
  it('shows the first contest round totals', async () => {
    renderApp('/');
    expect(await screen.findByText('120')).toBeInTheDocument();
    expect(screen.getByText('Lượt thi mỗi phút')).toBeInTheDocument();
    expect(screen.getByText('Phân bố điểm')).toBeInTheDocument();
  });

  it('lists the worst question first and flags a suspected wrong key', async () => {
    renderApp('/');
    const rows = await screen.findAllByText(/Câu (dễ|khó nhất)/);
    expect(rows[0]).toHaveTextContent('Câu khó nhất');
    const worst = screen.getByText('Câu hỏi có tỷ lệ đúng thấp nhất').closest<HTMLElement>('.ant-card')!;
    expect(within(worst).getByText('Nghi sai đáp án')).toBeInTheDocument();
  });
});
