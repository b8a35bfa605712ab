import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { fieldError } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/render';

/** What the console sends when the contest is saved (the API answers with it, as a draft without rounds). */
function savedContest(): { body?: Record<string, unknown> } {
  const sent: { body?: Record<string, unknown> } = {};
  server.use(
    http.put('/api/admin/contests/:id', async ({ request }) => {
      sent.body = (await request.json()) as Record<string, unknown>;
      return HttpResponse.json({ ...sent.body, id: 1, bankName: 'Ngân hàng chính', status: 'DRAFT', rounds: [] });
    }),
  );
  return sent;
}

describe('contest editor', () => {
  it('shows the API complaint under the slug field', async () => {
    server.use(http.put('/api/admin/contests/:id', () => fieldError('slug', 'Đường dẫn rút gọn không hợp lệ.', 'Bad slug.')));
    renderApp('/contests/1');
    expect(await screen.findByDisplayValue('chuyen-doi-so')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đường dẫn rút gọn không hợp lệ.')).toBeInTheDocument();
  });

  it('previews the rules as Markdown', async () => {
    renderApp('/contests/1');
    const previews = await screen.findAllByTestId('markdown-preview');
    expect(await within(previews[0]).findByRole('heading', { name: 'Thể lệ' })).toBeInTheDocument();
  });

  it('shows a round field error from the API inside the round dialog', async () => {
    server.use(
      http.put('/api/admin/rounds/:id', () => fieldError('closesAt', 'Thời gian kết thúc phải sau thời gian bắt đầu.', 'Close after open.')),
    );
    renderApp('/contests/1');
    fireEvent.click(await screen.findByRole('button', { name: 'Sửa' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Thời gian kết thúc phải sau thời gian bắt đầu.')).toBeInTheDocument();
  });

  it('lists the publish checks that failed', async () => {
    server.use(
      http.post('/api/admin/rounds/:id/publish', () =>
        HttpResponse.json(
          { status: 422, code: 'PUBLISH_CHECKS_FAILED', message: 'Chưa thể công bố đợt thi.', messageEn: 'Cannot publish.', errors: [{ field: 'questionCount', message: 'Ngân hàng không đủ câu hỏi.', messageEn: 'Pool too small.' }] },
          { status: 422 },
        ),
      ),
    );
    renderApp('/contests/1');
    const table = await screen.findByRole('table');
    await userEvent.click(await within(table).findByRole('button', { name: 'Công bố' }));
    expect(await screen.findByText('Ngân hàng không đủ câu hỏi.')).toBeInTheDocument();
  });

  it('saves the no-repeat setting across rounds with the contest', async () => {
    const sent = savedContest();
    renderApp('/contests/1');
    const setting = await screen.findByRole('checkbox', { name: 'Không lặp lại câu hỏi người thi đã gặp ở các đợt trước' });
    expect(setting).not.toBeChecked();
    await userEvent.click(setting);
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await vi.waitFor(() => expect(sent.body?.avoidRepeatsAcrossRounds).toBe(true));
  });

  it('saves the support desk hotline and hours that the contest page shows', async () => {
    const sent = savedContest();
    renderApp('/contests/1');
    const hotline = await screen.findByRole('textbox', { name: 'Đường dây nóng hỗ trợ' });
    await userEvent.clear(hotline);
    await userEvent.type(hotline, '0251 3822 000');
    await userEvent.type(screen.getByRole('textbox', { name: 'Giờ hỗ trợ' }), '7 giờ 30 – 17 giờ');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await vi.waitFor(() => expect(sent.body).toMatchObject({ supportHotline: '0251 3822 000', supportHours: '7 giờ 30 – 17 giờ' }));
  });

  it('lets ADMIN move the contest to another organizing unit', async () => {
    let sent: Record<string, unknown> | undefined;
    server.use(
      http.put('/api/admin/contests/:id/organizing-unit', async ({ request }) => {
        sent = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json({ contestId: 1, ...sent });
      }),
    );
    renderApp('/contests/1');
    const unit = await screen.findByRole('combobox', { name: 'Đơn vị tổ chức' });
    await userEvent.clear(unit);
    await userEvent.type(unit, 'Sở Tư pháp');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu đơn vị tổ chức' }));
    await vi.waitFor(() => expect(sent).toEqual({ organizingUnit: 'Sở Tư pháp' }));
  });

  it('shows no organizing-unit control to staff other than ADMIN', async () => {
    renderApp('/contests/1', 'token-committee');
    expect(await screen.findByDisplayValue('chuyen-doi-so')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Đơn vị tổ chức' })).not.toBeInTheDocument();
  });
});
