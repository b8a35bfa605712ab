import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { contest, round } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/render';

describe('round audience', () => {
  it('shows the round audience and sends the one chosen', async () => {
    let sent: Record<string, unknown> | null = null;
    server.use(
      http.get('/api/admin/contests/:id', () => HttpResponse.json({ ...contest, rounds: [{ ...round, audience: 'RESIDENTS' }] })),
      http.put('/api/admin/rounds/:id', async ({ request }) => {
        sent = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json({ ...round, audience: sent.audience });
      }),
    );
    renderApp('/contests/1');
    fireEvent.click(await screen.findByRole('button', { name: 'Sửa' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Đối tượng dự thi')).toBeInTheDocument();
    expect(within(dialog).getByText('Người dân')).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Đối tượng dự thi' }));
    await userEvent.click(await screen.findByText('Cán bộ, công chức'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await vi.waitFor(() => expect(sent).not.toBeNull());
    expect(sent!.audience).toBe('OFFICIALS');
  });

  it('creates a round for everyone unless told otherwise', async () => {
    let sent: Record<string, unknown> | null = null;
    server.use(
      http.post('/api/admin/contests/:id/rounds', async ({ request }) => {
        sent = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json({ ...round, id: 8, seq: 2 });
      }),
    );
    renderApp('/contests/1');
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm đợt thi' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Mọi đối tượng')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await vi.waitFor(() => expect(sent).not.toBeNull());
    expect(sent!.audience).toBe('ALL');
  });

  it('cannot change the audience once the round has started', async () => {
    server.use(http.get('/api/admin/contests/:id', () => HttpResponse.json({ ...contest, rounds: [{ ...round, audience: 'ALL', locked: true }] })));
    renderApp('/contests/1');
    fireEvent.click(await screen.findByRole('button', { name: 'Sửa' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('combobox', { name: 'Đối tượng dự thi' })).toBeDisabled();
  });
});
