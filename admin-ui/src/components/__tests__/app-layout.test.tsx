import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '@/testing/render';

describe('layout', () => {
  const width = window.innerWidth;
  afterEach(() => {
    window.innerWidth = width;
  });

  it('keeps the menu in a side bar on a wide screen', async () => {
    renderApp('/');
    expect(await screen.findByRole('link', { name: 'Đơn vị, xã phường' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mở danh mục chức năng' })).not.toBeInTheDocument();
  });

  it('opens the menu as a drawer on a phone and closes it after a choice', async () => {
    window.innerWidth = 360;
    renderApp('/');
    await userEvent.click(await screen.findByRole('button', { name: 'Mở danh mục chức năng' }));
    await userEvent.click(await screen.findByRole('link', { name: 'Đơn vị, xã phường' }));

    expect(await screen.findByRole('heading', { name: 'Đơn vị, xã phường' })).toBeInTheDocument();
    await waitFor(() => expect(document.querySelector('.ant-drawer-open')).toBeNull());
  });

  it('leads from the account menu to the own password', async () => {
    renderApp('/');
    await userEvent.click(await screen.findByRole('button', { name: 'Quản trị viên' }));
    await userEvent.click(await screen.findByRole('link', { name: 'Đổi mật khẩu' }));
    expect(await screen.findByLabelText('Mật khẩu hiện tại')).toBeInTheDocument();
  });
});
