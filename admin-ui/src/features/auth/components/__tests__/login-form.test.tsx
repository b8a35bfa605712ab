import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '@/testing/render';

describe('signing in', () => {
  it('shows the login in Vietnamese when nobody is signed in', async () => {
    renderApp('/', null);
    expect(await screen.findByRole('button', { name: 'Đăng nhập' })).toBeInTheDocument();
    expect(screen.getByLabelText('Tên đăng nhập')).toBeInTheDocument();
  });

  it('asks for the missing fields at the field', async () => {
    renderApp('/', null);
    await userEvent.click(await screen.findByRole('button', { name: 'Đăng nhập' }));
    // antd shows each field's error as that field's check finishes: wait for both
    await waitFor(() => expect(screen.getAllByText('Vui lòng nhập thông tin này.')).toHaveLength(2));
  });

  it('says the password is wrong when the API refuses it', async () => {
    renderApp('/', null);
    fireEvent.change(await screen.findByLabelText('Tên đăng nhập'), { target: { value: 'admin' } });
    fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: 'nope' } });
    await userEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Sai tên đăng nhập hoặc mật khẩu.');
  });

  it('opens the console with the admin menu after a good password', async () => {
    renderApp('/', null);
    fireEvent.change(await screen.findByLabelText('Tên đăng nhập'), { target: { value: 'admin' } });
    fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: 'Admin-test-1234' } });
    await userEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByText('Nhật ký thao tác')).toBeInTheDocument();
    expect(screen.getAllByText('Ngân hàng câu hỏi').length).toBeGreaterThan(0);
  });

  it('refuses a contestant account', async () => {
    renderApp('/', null);
    fireEvent.change(await screen.findByLabelText('Tên đăng nhập'), { target: { value: 'contestant' } });
    fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: 'Admin-test-1234' } });
    await userEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Tài khoản này không có quyền quản trị.');
  });
});

describe('navigation', () => {
  it('shows the committee only the live view', async () => {
    renderApp('/', 'token-committee');
    expect(await screen.findByRole('heading', { name: 'Theo dõi trực tiếp' })).toBeInTheDocument();
    expect(screen.queryByText('Nhật ký thao tác')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Cuộc thi' })).not.toBeInTheDocument();
  });

  it('switches to English', async () => {
    renderApp('/');
    await userEvent.click(await screen.findByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'Live view' })).toBeInTheDocument();
  });
});
