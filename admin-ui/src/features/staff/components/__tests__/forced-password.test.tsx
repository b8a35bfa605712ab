import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
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
    server.use(
      http.post('/api/admin/me/password', () => {
        changed = true;
        return new HttpResponse(null, { status: 204 });
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
