import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { findDialog } from '@/testing/dialog';
import { grants, staff } from '@/testing/organizer-handlers';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';

const rowOf = async (text: string) => (await screen.findByText(text)).closest('tr')!;

describe('contests granted to staff (phân cuộc thi)', () => {
  it('shows each member’s grants, and ADMIN as reaching every contest', async () => {
    renderApp('/staff');
    const lan = await rowOf('Trần Thị Lan');
    await waitFor(() => expect(lan).toHaveTextContent('Đơn vị: Sở Khoa học và Công nghệ'));
    expect(await rowOf('admin')).toHaveTextContent('Toàn hệ thống');
  });

  it('warns about an organizer who is granted no contest yet', async () => {
    server.use(http.get('/api/admin/grants', () => HttpResponse.json([])));
    renderApp('/staff');
    await waitFor(async () => expect(await rowOf('Trần Thị Lan')).toHaveTextContent('Chưa được phân cuộc thi nào'));
  });

  it('grants a contest picked from the list', async () => {
    let sent: unknown;
    let list: unknown[] = grants;
    server.use(
      http.post('/api/admin/staff/2/grants', async ({ request }) => {
        sent = await request.json();
        const added = { id: 8, accountId: 2, role: 'ORGANIZER', contestId: 1, contestName: 'Cuộc thi thử', organizingUnit: null,
          grantedBy: 'Quản trị viên', grantedAt: '2026-11-03T01:00:00Z' };
        list = [...grants, added];
        return HttpResponse.json(added, { status: 201 });
      }),
      http.get('/api/admin/grants', () => HttpResponse.json(list)),
      http.get('/api/admin/contests', () =>
        HttpResponse.json([{ id: 1, slug: 'thu', name: 'Cuộc thi thử', status: 'DRAFT', bankId: 3, rounds: 1,
          updatedAt: '2026-11-01T00:00:00Z', organizingUnit: 'Sở Tư pháp' }]),
      ),
    );
    renderApp('/staff');
    await userEvent.click(within(await rowOf('Trần Thị Lan')).getByRole('button', { name: /Phân cuộc thi/ }));
    const dialog = await findDialog('Phân cuộc thi: Trần Thị Lan');
    expect(within(dialog).getByText('Đơn vị: Sở Khoa học và Công nghệ')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Một cuộc thi' }));
    const picker = await within(dialog).findByLabelText('Cuộc thi');
    await userEvent.click(picker);
    await userEvent.click(await screen.findByTitle('Cuộc thi thử (Sở Tư pháp)'));
    await userEvent.click(within(dialog).getByRole('button', { name: /Phân thêm/ }));

    await waitFor(() => expect(sent).toEqual({ role: 'ORGANIZER', contestId: 1 }));
    await waitFor(() => expect(within(dialog).getByText('Cuộc thi thử')).toBeInTheDocument());
  });

  it('shows a grant the member already holds as the server words it', async () => {
    server.use(
      http.post('/api/admin/staff/2/grants', () =>
        HttpResponse.json(
          { status: 409, code: 'GRANT_EXISTS', message: 'Cán bộ này đã được phân quyền như vậy.', messageEn: 'Exists.', errors: [] },
          { status: 409 },
        ),
      ),
    );
    renderApp('/staff');
    await userEvent.click(within(await rowOf('Trần Thị Lan')).getByRole('button', { name: /Phân cuộc thi/ }));
    const dialog = await findDialog('Phân cuộc thi: Trần Thị Lan');
    fireEvent.change(within(dialog).getByLabelText('Đơn vị tổ chức'), { target: { value: 'Sở Khoa học và Công nghệ' } });
    await userEvent.click(within(dialog).getByRole('button', { name: /Phân thêm/ }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Cán bộ này đã được phân quyền như vậy.');
  });

  it('shows a refused unit at the unit field', async () => {
    let sent: unknown;
    server.use(
      http.post('/api/admin/staff/2/grants', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(
          { status: 422, code: 'VALIDATION_FAILED', message: 'Thông tin chưa hợp lệ, vui lòng kiểm tra lại.', messageEn: 'Invalid.',
            errors: [{ field: 'organizingUnit', code: 'TOO_LONG', message: 'Tên đơn vị tổ chức tối đa 150 ký tự.', messageEn: 'Too long.' }] },
          { status: 422 },
        );
      }),
    );
    renderApp('/staff');
    await userEvent.click(within(await rowOf('Trần Thị Lan')).getByRole('button', { name: /Phân cuộc thi/ }));
    const dialog = await findDialog('Phân cuộc thi: Trần Thị Lan');
    fireEvent.change(within(dialog).getByLabelText('Đơn vị tổ chức'), { target: { value: 'Sở Tư pháp' } });
    await userEvent.click(within(dialog).getByRole('button', { name: /Phân thêm/ }));
    const complaint = await within(dialog).findByText('Tên đơn vị tổ chức tối đa 150 ký tự.');
    expect(complaint.closest('.ant-form-item')).toContainElement(within(dialog).getByLabelText('Đơn vị tổ chức'));
    expect(sent).toEqual({ role: 'ORGANIZER', organizingUnit: 'Sở Tư pháp' });
  });

  it('asks for a unit before sending anything', async () => {
    let called = false;
    server.use(http.post('/api/admin/staff/2/grants', () => {
      called = true;
      return HttpResponse.json({}, { status: 201 });
    }));
    renderApp('/staff');
    await userEvent.click(within(await rowOf('Trần Thị Lan')).getByRole('button', { name: /Phân cuộc thi/ }));
    const dialog = await findDialog('Phân cuộc thi: Trần Thị Lan');
    await userEvent.click(within(dialog).getByRole('button', { name: /Phân thêm/ }));
    expect(await within(dialog).findByText('Vui lòng nhập đơn vị tổ chức.')).toBeInTheDocument();
    expect(called).toBe(false);
  });

  it('revokes a grant after confirming', async () => {
    let removed = false;
    server.use(
      http.delete('/api/admin/staff/2/grants/7', () => {
        removed = true;
        return new HttpResponse(null, { status: 204 });
      }),
      http.get('/api/admin/grants', () => HttpResponse.json(removed ? [] : grants)),
    );
    renderApp('/staff');
    await userEvent.click(within(await rowOf('Trần Thị Lan')).getByRole('button', { name: /Phân cuộc thi/ }));
    const dialog = await findDialog('Phân cuộc thi: Trần Thị Lan');
    await userEvent.click(within(dialog).getByRole('button', { name: /Thu hồi/ }));
    await userEvent.click(await screen.findByRole('button', { name: 'Đồng ý' }));
    await waitFor(() => expect(removed).toBe(true));
    expect(await within(dialog).findByText('Chưa được phân cuộc thi nào')).toBeInTheDocument();
  });

  it('offers no grants to a member whose roles are platform-wide', async () => {
    renderApp('/staff');
    const admin = await rowOf(staff[0].username);
    expect(within(admin).queryByRole('button', { name: /Phân cuộc thi/ })).not.toBeInTheDocument();
  });
});
