import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { asSupport, summary, supportHandlers } from '@/testing/support-handlers';
import { pasteInto } from '@/testing/type-fast';

describe('the support desk search', () => {
  it('opens the desk for a SUPPORT account, with only the desk, the identity claims and the own password', async () => {
    server.use(asSupport(), ...supportHandlers);
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Hỗ trợ thí sinh' })).toBeInTheDocument();
    const links = screen.getAllByRole('link').map((l) => l.textContent);
    expect(links).toEqual(expect.arrayContaining(['Hỗ trợ thí sinh', 'Xác minh danh tính']));
    expect(screen.queryByRole('link', { name: 'Theo dõi trực tiếp' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Cuộc thi' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Cán bộ và phân quyền' })).not.toBeInTheDocument();
  });

  it('signs a SUPPORT account in from the login and lands on the desk', async () => {
    server.use(
      asSupport(),
      ...supportHandlers,
      http.post('/login', () => HttpResponse.json({ access_token: 'token-support', roles: ['SUPPORT'] })),
    );
    renderApp('/', null);
    await pasteInto(await screen.findByLabelText('Tên đăng nhập'), 'hotro.ha');
    await pasteInto(screen.getByLabelText('Mật khẩu'), 'Mat-khau-2025');
    await userEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByRole('heading', { name: 'Hỗ trợ thí sinh' })).toBeInTheDocument();
    expect(screen.queryByText('Tài khoản này không có quyền quản trị.')).not.toBeInTheDocument();
  });

  it('finds a contestant by a phone typed with dots and lists them masked with a link to the file', async () => {
    let asked: URLSearchParams | undefined;
    server.use(
      asSupport(),
      http.get('/api/admin/support/contestants', ({ request }) => {
        asked = new URL(request.url).searchParams;
        return HttpResponse.json({ items: [summary], page: 0, size: 20, total: 1 });
      }),
    );
    renderApp('/support');
    await pasteInto(await screen.findByLabelText('Số điện thoại'), '0912.345.678');
    await userEvent.click(screen.getByRole('button', { name: /Tìm/ }));

    const link = await screen.findByRole('link', { name: 'Nguyễn Thị Ánh' });
    expect(asked?.get('phone')).toBe('0912.345.678');
    expect(asked?.get('page')).toBe('0');
    expect(link).toHaveAttribute('href', '/support/contestants/20');
    const row = link.closest('tr')!;
    expect(row).toHaveTextContent('091****678');
    expect(row).toHaveTextContent('075*******123');
    expect(row).toHaveTextContent('17/05/1990');
    expect(row).toHaveTextContent('Đang hoạt động');
    expect(screen.getByText('Tìm thấy 1 thí sinh')).toBeInTheDocument();
  });

  it('shows the API complaint under the criterion it names', async () => {
    server.use(
      asSupport(),
      http.get('/api/admin/support/contestants', () =>
        HttpResponse.json(
          { status: 422, code: 'VALIDATION_FAILED', message: 'Dữ liệu chưa hợp lệ.', messageEn: 'Invalid.',
            errors: [{ field: 'citizenId', code: 'INVALID', message: 'Số định danh cá nhân gồm đúng 12 chữ số.', messageEn: '12 digits.' }] },
          { status: 422 },
        ),
      ),
    );
    renderApp('/support');
    await pasteInto(await screen.findByLabelText('Số định danh cá nhân'), '0752');
    await userEvent.click(screen.getByRole('button', { name: /Tìm/ }));

    const complaint = await screen.findByText('Số định danh cá nhân gồm đúng 12 chữ số.');
    expect(complaint.closest('.ant-form-item')).toContainElement(screen.getByLabelText('Số định danh cá nhân'));
  });

  it('pages through many results, asking the API for the next page', async () => {
    const pages: string[] = [];
    server.use(
      asSupport(),
      http.get('/api/admin/support/contestants', ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page'));
        pages.push(String(page));
        const items = Array.from({ length: 20 }, (_, i) => ({ ...summary, accountId: 100 + page * 20 + i, fullName: `Trần Văn ${page * 20 + i}` }));
        return HttpResponse.json({ items, page, size: 20, total: 45 });
      }),
    );
    renderApp('/support?unit=S%E1%BB%9F');
    expect(await screen.findByText('Trần Văn 0')).toBeInTheDocument();
    await userEvent.click(within(document.querySelector('.ant-pagination')! as HTMLElement).getByText('2'));
    expect(await screen.findByText('Trần Văn 20')).toBeInTheDocument();
    await waitFor(() => expect(pages).toEqual(['0', '1']));
  });
});
