import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';

const entry = {
  id: 5, at: '2026-11-02T00:00:00Z', actorId: 1, actorName: 'Quản trị hệ thống', action: 'ROUND_PUBLISHED', entity: 'round', entityId: '5',
  before: { status: 'DRAFT' }, after: { status: 'PUBLISHED', name: 'Đợt 1' },
  changes: [{ field: 'status', label: 'Trạng thái', before: 'Bản nháp', after: 'Đã công bố' }],
};

describe('the audit log', () => {
  it('says who did what to which object and when, in Vietnamese and Vietnam time', async () => {
    server.use(http.get('/api/admin/audit', () => HttpResponse.json({ items: [entry], page: 0, size: 20, total: 1 })));
    renderApp('/audit');

    expect(await screen.findByText('Công bố đợt thi')).toBeInTheDocument();
    expect(screen.getByText('Đợt thi «Đợt 1» (số 5)')).toBeInTheDocument();
    // 00:00 UTC is 07:00 in Vietnam, whatever the computer's zone
    expect(screen.getByText('02/11/2026 07:00:00')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/ROUND_PUBLISHED|PUBLISHED|DRAFT/);

    await userEvent.click(screen.getByRole('button', { name: /expand row|mở rộng/i }));
    const changes = await screen.findByText('Trạng thái');
    const row = changes.closest('tr')!;
    expect(within(row).getByText('Bản nháp')).toBeInTheDocument();
    expect(within(row).getByText('Đã công bố')).toBeInTheDocument();
  });

  it('filters by an action chosen by its Vietnamese name and sends its code', async () => {
    const asked: URLSearchParams[] = [];
    server.use(
      http.get('/api/admin/audit', ({ request }) => {
        asked.push(new URL(request.url).searchParams);
        return HttpResponse.json({ items: [entry], page: 0, size: 20, total: 1 });
      }),
    );
    renderApp('/audit');
    await screen.findByText('Công bố đợt thi');

    const actions = screen.getByRole('combobox', { name: 'Thao tác' });
    fireEvent.change(actions, { target: { value: 'tạo tài khoản' } });
    await userEvent.click(await screen.findByText('Tạo tài khoản cán bộ', { selector: '.ant-select-item-option-content' }));

    await waitFor(() => expect(asked.at(-1)?.get('action')).toBe('STAFF_CREATED'));
  });
});
