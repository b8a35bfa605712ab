import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { findDialog } from '@/testing/dialog';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { asSupport, contestantFile, registration, supportHandlers } from '@/testing/support-handlers';
import { pasteInto } from '@/testing/type-fast';

const shown = (key: string) => screen.getByTestId(`registration-${key}`);

describe("a contestant's file on the support desk", () => {
  it('shows the registration masked, the consent record, attempts and results in Vietnam time', async () => {
    server.use(asSupport(), ...supportHandlers);
    renderApp('/support/contestants/20');
    expect(await screen.findByRole('heading', { name: 'Thí sinh Nguyễn Thị Ánh' })).toBeInTheDocument();
    expect(shown('citizenId')).toHaveTextContent('075*******123');
    expect(shown('phone')).toHaveTextContent('091****678');
    expect(shown('group')).toHaveTextContent('Cán bộ, công chức, viên chức');
    // 01:30 UTC is 08:30 in Vietnam
    expect(shown('registeredAt')).toHaveTextContent('02/11/2026 08:30');
    expect(screen.getByText('2025-11-01')).toBeInTheDocument();
    expect(screen.getByText('02/11/2026 08:29:45')).toBeInTheDocument();
    const attempt = screen.getAllByText('Đợt 1 — Tìm hiểu Chuyển đổi số')[0].closest('tr')!;
    expect(attempt).toHaveTextContent('03/11/2026 09:00:00');
    expect(attempt).toHaveTextContent('03/11/2026 09:07:30');
    expect(attempt).toHaveTextContent('Đã nộp');
    expect(attempt).toHaveTextContent('8/10');
    expect(screen.getByText(/Giải Ba/)).toBeInTheDocument();
    // the desk's own staff may not see numbers in clear: no button to ask
    expect(screen.queryByRole('button', { name: /Hiện đầy đủ/ })).not.toBeInTheDocument();
  });

  it('lets an ADMIN show the numbers in full after giving a reason', async () => {
    let reason: unknown;
    server.use(
      ...supportHandlers,
      http.post('/api/admin/support/contestants/20/unmask', async ({ request }) => {
        reason = ((await request.json()) as { reason: string }).reason;
        return HttpResponse.json({ accountId: 20, citizenId: '075090123123', phone: '0912345678', email: 'anh@example.vn' });
      }),
    );
    renderApp('/support/contestants/20');
    await userEvent.click(await screen.findByRole('button', { name: /Hiện đầy đủ/ }));
    const dialog = await findDialog('Lý do xem dữ liệu cá nhân không che');
    await pasteInto(within(dialog).getByLabelText('Lý do'), 'Đối chiếu giấy tờ khi trao giải');
    await userEvent.click(within(dialog).getByRole('button', { name: /Hiện đầy đủ/ }));

    await waitFor(() => expect(shown('phone')).toHaveTextContent('0912345678'));
    expect(shown('citizenId')).toHaveTextContent('075090123123');
    expect(shown('email')).toHaveTextContent('anh@example.vn');
    expect(reason).toBe('Đối chiếu giấy tờ khi trao giải');
    expect(screen.getByText(/đã ghi nhật ký/)).toBeInTheDocument();
  });

  it('corrects the unit with a reason, and puts the API complaint about the value under the value', async () => {
    const sent: unknown[] = [];
    server.use(
      asSupport(),
      ...supportHandlers,
      http.put('/api/admin/support/contestants/20/registration', async ({ request }) => {
        const body = (await request.json()) as { value: string };
        sent.push(body);
        if (body.value.length < 3) {
          return HttpResponse.json(
            { status: 422, code: 'VALIDATION_FAILED', message: 'Dữ liệu chưa hợp lệ.', messageEn: 'Invalid.',
              errors: [{ field: 'value', code: 'INVALID', message: 'Tên đơn vị quá ngắn.', messageEn: 'Too short.' }] },
            { status: 422 },
          );
        }
        return HttpResponse.json({ ...contestantFile, registration: { ...registration, unit: body.value } });
      }),
    );
    renderApp('/support/contestants/20');
    await userEvent.click(await screen.findByRole('button', { name: 'Sửa đơn vị' }));
    const dialog = await findDialog('Sửa đơn vị');
    const value = within(dialog).getByLabelText(/Giá trị mới/);
    expect(value).toHaveValue('Sở Khoa học và Công nghệ');
    fireEvent.change(value, { target: { value: 'Sở' } });
    await pasteInto(within(dialog).getByLabelText('Lý do'), 'Thí sinh gọi điện báo chuyển công tác');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    const complaint = await within(dialog).findByText('Tên đơn vị quá ngắn.');
    expect(complaint.closest('.ant-form-item')).toContainElement(value);

    fireEvent.change(value, { target: { value: 'Sở Nội vụ' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(shown('unit')).toHaveTextContent('Sở Nội vụ'));
    expect(sent[1]).toEqual({ field: 'unit', value: 'Sở Nội vụ', reason: 'Thí sinh gọi điện báo chuyển công tác' });
  });

  it('shows a one-time password once, with a copy button and a warning, and never again after closing', async () => {
    server.use(
      asSupport(),
      ...supportHandlers,
      http.post('/api/admin/support/contestants/20/password-reset', () =>
        HttpResponse.json({ temporaryPassword: 'Tam-7kq9-Xh2p', message: 'Chỉ hiển thị lần này.' }),
      ),
    );
    renderApp('/support/contestants/20');
    await userEvent.click(await screen.findByRole('button', { name: /Cấp mật khẩu tạm/ }));
    const ask = await findDialog('Cấp mật khẩu tạm cho Nguyễn Thị Ánh');
    await pasteInto(within(ask).getByLabelText('Lý do'), 'Thí sinh quên mật khẩu, gọi tổng đài');
    await userEvent.click(within(ask).getByRole('button', { name: /Cấp mật khẩu tạm/ }));

    const once = await findDialog('Mật khẩu dùng một lần');
    expect(within(once).getByText('Tam-7kq9-Xh2p')).toBeInTheDocument();
    expect(within(once).getByRole('button', { name: /copy|sao chép/i })).toBeInTheDocument();
    expect(within(once).getByText(/sẽ không hiện lại/)).toBeInTheDocument();
    await userEvent.click(within(once).getByRole('button', { name: /Đã đọc cho thí sinh/ }));
    await waitFor(() => expect(screen.queryByText('Tam-7kq9-Xh2p')).not.toBeInTheDocument());
    expect(document.body.innerHTML).not.toContain('Tam-7kq9-Xh2p');
  });

  it('disables the account only after confirming with a reason, then offers to enable it', async () => {
    let disabled = 0;
    server.use(
      asSupport(),
      ...supportHandlers,
      http.post('/api/admin/support/contestants/20/disable', () => {
        disabled++;
        return HttpResponse.json({ ...contestantFile, registration: { ...registration, enabled: false } });
      }),
    );
    renderApp('/support/contestants/20');
    await userEvent.click(await screen.findByRole('button', { name: /Khóa tài khoản/ }));
    const confirm = await findDialog('Khóa tài khoản của Nguyễn Thị Ánh?');
    // no reason, no request
    await userEvent.click(within(confirm).getByRole('button', { name: /Khóa tài khoản/ }));
    expect(await within(confirm).findByText('Vui lòng ghi lý do.')).toBeInTheDocument();
    expect(disabled).toBe(0);
    await pasteInto(within(confirm).getByLabelText('Lý do'), 'Tài khoản đăng ký hộ, chờ xác minh');
    await userEvent.click(within(confirm).getByRole('button', { name: /Khóa tài khoản/ }));

    expect(await screen.findByRole('button', { name: /Mở khóa tài khoản/ })).toBeInTheDocument();
    expect(shown('account')).toHaveTextContent('Đã khóa');
    expect(disabled).toBe(1);
  });
});
