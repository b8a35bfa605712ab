import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { findDialog } from '@/testing/dialog';
import { staff } from '@/testing/organizer-handlers';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';

const rowOf = async (text: string) => (await screen.findByText(text)).closest('tr')!;
const confirm = async () => userEvent.click(await screen.findByRole('button', { name: 'Đồng ý' }));

describe('staff and roles', () => {
  it('lists the staff with their roles in words, and only an ADMIN has the menu entry', async () => {
    renderApp('/staff');
    const lan = await rowOf('Trần Thị Lan');
    expect(lan).toHaveTextContent('Ban tổ chức');
    expect(lan).toHaveTextContent('Đang hoạt động');
    expect(screen.getByRole('link', { name: 'Cán bộ và phân quyền' })).toBeInTheDocument();
    // nobody locks themselves out: the server refuses, so the button is off
    expect(within(await rowOf('admin')).getByRole('button', { name: /Khóa/ })).toBeDisabled();
  });

  it('hides the staff screen from an organizer', async () => {
    server.use(http.get('/api/me', () => HttpResponse.json({ id: 2, fullName: 'Trần Thị Lan', roles: ['ORGANIZER'] })));
    renderApp('/');
    expect(await screen.findByRole('link', { name: 'Ngân hàng câu hỏi' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Cán bộ và phân quyền' })).not.toBeInTheDocument();
  });

  it('creates an account and shows the generated password once', async () => {
    let sent: unknown;
    server.use(
      http.post('/api/admin/staff', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(
          { staff: { id: 3, username: 'hd.minh', fullName: 'Lê Văn Minh', roles: ['COMMITTEE'], enabled: true, createdAt: '2026-11-03T00:00:00Z' },
            temporaryPassword: 'Tam-thoi-7x8y9z' },
          { status: 201 },
        );
      }),
    );
    renderApp('/staff');
    await userEvent.click(await screen.findByRole('button', { name: /Thêm cán bộ/ }));
    const form = await findDialog('Thêm cán bộ');
    fireEvent.change(within(form).getByLabelText('Tên đăng nhập'), { target: { value: 'hd.minh' } });
    fireEvent.change(within(form).getByLabelText('Họ và tên'), { target: { value: 'Lê Văn Minh' } });
    await userEvent.click(within(form).getByRole('checkbox', { name: /Hội đồng xét giải/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Lưu' }));

    const shown = await findDialog('Mật khẩu tạm thời');
    expect(within(shown).getByText('Tam-thoi-7x8y9z')).toBeInTheDocument();
    expect(within(shown).getByText(/chỉ hiện một lần/)).toBeInTheDocument();
    expect(sent).toEqual({ username: 'hd.minh', fullName: 'Lê Văn Minh', roles: ['COMMITTEE'] });
    await userEvent.click(within(shown).getByRole('button', { name: /Đã ghi lại/ }));
    await waitFor(() => expect(screen.queryByText('Tam-thoi-7x8y9z')).not.toBeInTheDocument());
  });

  it('shows a taken username at the username field', async () => {
    server.use(
      http.post('/api/admin/staff', () =>
        HttpResponse.json(
          { status: 409, code: 'USERNAME_TAKEN', message: 'Tên đăng nhập này đã có người dùng.', messageEn: 'Taken.',
            errors: [{ field: 'username', code: 'TAKEN', message: 'Tên đăng nhập đã tồn tại.', messageEn: 'Username exists.' }] },
          { status: 409 },
        ),
      ),
    );
    renderApp('/staff');
    await userEvent.click(await screen.findByRole('button', { name: /Thêm cán bộ/ }));
    const form = await findDialog('Thêm cán bộ');
    fireEvent.change(within(form).getByLabelText('Tên đăng nhập'), { target: { value: 'btc.lan' } });
    fireEvent.change(within(form).getByLabelText('Họ và tên'), { target: { value: 'Trần Thị Lan' } });
    await userEvent.click(within(form).getByRole('checkbox', { name: /Ban tổ chức/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Lưu' }));

    const complaint = await within(form).findByText('Tên đăng nhập đã tồn tại.');
    expect(complaint.closest('.ant-form-item')).toContainElement(within(form).getByLabelText('Tên đăng nhập'));
  });

  it('resets a password and shows the new one-time password', async () => {
    server.use(http.post('/api/admin/staff/2/password-reset', () => HttpResponse.json({ temporaryPassword: 'Moi-tinh-4k5m6n' })));
    renderApp('/staff');
    await userEvent.click(within(await rowOf('Trần Thị Lan')).getByRole('button', { name: /Đặt lại mật khẩu/ }));
    await confirm();

    const shown = await findDialog('Mật khẩu tạm thời');
    expect(within(shown).getByText('Moi-tinh-4k5m6n')).toBeInTheDocument();
    expect(within(shown).getByText('Trần Thị Lan')).toBeInTheDocument();
  });

  it('changes the roles and disables an account', async () => {
    let roles: unknown;
    let list = staff;
    server.use(
      http.put('/api/admin/staff/2/roles', async ({ request }) => {
        roles = await request.json();
        return HttpResponse.json({ ...staff[1], roles: ['ORGANIZER', 'COMMITTEE'] });
      }),
      http.post('/api/admin/staff/2/disable', () => {
        list = [staff[0], { ...staff[1], enabled: false }];
        return HttpResponse.json(list[1]);
      }),
      http.get('/api/admin/staff', () => HttpResponse.json(list)),
    );
    renderApp('/staff');
    await userEvent.click(within(await rowOf('Trần Thị Lan')).getByRole('button', { name: /Vai trò/ }));
    const form = await findDialog('Vai trò: Trần Thị Lan');
    expect(within(form).getByRole('checkbox', { name: /Ban tổ chức/ })).toBeChecked();
    await userEvent.click(within(form).getByRole('checkbox', { name: /Hội đồng xét giải/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(roles).toEqual({ roles: ['ORGANIZER', 'COMMITTEE'] }));

    await userEvent.click(within(await rowOf('Trần Thị Lan')).getByRole('button', { name: /Khóa/ }));
    await confirm();
    await waitFor(async () => expect(await rowOf('Trần Thị Lan')).toHaveTextContent('Đã khóa'));
  });
});

describe('own password', () => {
  const fill = (current: string, next: string, repeat: string) => {
    fireEvent.change(screen.getByLabelText('Mật khẩu hiện tại'), { target: { value: current } });
    fireEvent.change(screen.getByLabelText('Mật khẩu mới'), { target: { value: next } });
    fireEvent.change(screen.getByLabelText('Nhập lại mật khẩu mới'), { target: { value: repeat } });
  };

  it('shows a wrong current password at its field', async () => {
    server.use(
      http.post('/api/admin/me/password', () =>
        HttpResponse.json(
          { status: 400, code: 'VALIDATION_FAILED', message: 'Dữ liệu chưa hợp lệ.', messageEn: 'Invalid data.',
            errors: [{ field: 'currentPassword', code: 'WRONG', message: 'Mật khẩu hiện tại không đúng.', messageEn: 'Wrong.' }] },
          { status: 400 },
        ),
      ),
    );
    renderApp('/password');
    await screen.findByRole('heading', { name: 'Đổi mật khẩu' });
    fill('sai-mat-khau', 'Mat-khau-moi-2026', 'Mat-khau-moi-2026');
    await userEvent.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));

    const complaint = await screen.findByText('Mật khẩu hiện tại không đúng.');
    expect(complaint.closest('.ant-form-item')).toContainElement(screen.getByLabelText('Mật khẩu hiện tại'));
  });

  it('refuses two different new passwords before asking the server, then changes it', async () => {
    let sent: unknown;
    server.use(
      http.post('/api/admin/me/password', async ({ request }) => {
        sent = await request.json();
        return new HttpResponse(null, { status: 204 });
      }),
    );
    renderApp('/password');
    await screen.findByRole('heading', { name: 'Đổi mật khẩu' });
    fill('Admin-test-1234', 'Mat-khau-moi-2026', 'Mat-khau-khac-2026');
    await userEvent.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
    expect(await screen.findByText('Hai mật khẩu mới không giống nhau.')).toBeInTheDocument();
    expect(sent).toBeUndefined();

    fireEvent.change(screen.getByLabelText('Nhập lại mật khẩu mới'), { target: { value: 'Mat-khau-moi-2026' } });
    await userEvent.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Đã đổi mật khẩu.');
    expect(sent).toEqual({ currentPassword: 'Admin-test-1234', newPassword: 'Mat-khau-moi-2026' });
  });
});
