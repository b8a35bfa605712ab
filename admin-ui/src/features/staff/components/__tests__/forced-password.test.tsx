import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { tokens } from '@/lib/api-client';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';

/** A staff member on a one-time password sees nothing but the change form until they have changed it. */
describe('forced change of a one-time password', () => {
  const fill = (current: string, next: string) => {
    fireEvent.change(screen.getByLabelText('Mật khẩu hiện tại'), { target: { value: current } });
    fireEvent.change(screen.getByLabelText('Mật khẩu mới'), { target: { value: next } });
    fireEvent.change(screen.getByLabelText('Nhập lại mật khẩu mới'), { target: { value: next } });
  };

  it('shows only the change form, then the console once the password is changed', async () => {
    let changed = false;
    const seen: (string | null)[] = [];
    server.use(
      // the change ends every session of the account and answers with the tokens of a new one
      http.post('/api/admin/me/password', () => {
        changed = true;
        return HttpResponse.json({ access_token: 'token-renewed', refresh_token: 'refresh-renewed', token_type: 'Bearer', expires_in: 900 });
      }),
      http.get('/api/admin/contests', ({ request }) => {
        seen.push(request.headers.get('Authorization'));
        return HttpResponse.json([]);
      }),
    );
    renderApp('/contests', 'token-newstaff');

    expect(await screen.findByTestId('must-change-password')).toHaveTextContent('Bạn đang dùng mật khẩu do quản trị viên cấp');
    expect(screen.queryByRole('link', { name: 'Cuộc thi' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Cuộc thi' })).not.toBeInTheDocument();

    fill('Motlan-123456', 'Cua-toi-2026x');
    await userEvent.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));

    expect(await screen.findByRole('heading', { name: 'Cuộc thi' })).toBeInTheDocument();
    expect(changed).toBe(true);
    expect(screen.queryByTestId('must-change-password')).not.toBeInTheDocument();
    // the old session is over: the console carries on with the new one's tokens
    expect(tokens.get()).toBe('token-renewed');
    expect(tokens.refreshToken()).toBe('refresh-renewed');
    await waitFor(() => expect(seen.at(-1)).toBe('Bearer token-renewed'));
  });

  it('leads from the login to the change form when the account still has a one-time password', async () => {
    renderApp('/', null);
    fireEvent.change(await screen.findByLabelText('Tên đăng nhập'), { target: { value: 'newstaff' } });
    fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: 'Admin-test-1234' } });
    await userEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(await screen.findByTestId('must-change-password')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Cuộc thi' })).not.toBeInTheDocument();
  });

  it('turns to the change form when the server answers 403 PASSWORD_CHANGE_REQUIRED', async () => {
    server.use(
      http.get('/api/admin/contests', () =>
        HttpResponse.json(
          { status: 403, code: 'PASSWORD_CHANGE_REQUIRED', message: 'Bạn cần đổi mật khẩu dùng một lần trước khi làm việc khác.', messageEn: 'Change it.' },
          { status: 403 },
        ),
      ),
    );
    renderApp('/contests');

    expect(await screen.findByTestId('must-change-password')).toBeInTheDocument();
  });
});
