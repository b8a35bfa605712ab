import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { findDialog } from '@/testing/dialog';
import { units } from '@/testing/organizer-handlers';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';

const invalidFile = {
  status: 422, code: 'CATALOG_FILE_INVALID', message: 'Tệp danh mục có lỗi; chưa có dòng nào được nhập.', messageEn: 'The catalog file has errors.',
  errors: [
    { field: 'rows[3].name', code: 'REQUIRED', message: 'Dòng 3: thiếu tên đơn vị.', messageEn: 'Row 3: the name is missing.' },
    { field: 'rows[4].headcount', code: 'INVALID', message: "Dòng 4: số người 'một trăm' phải là số nguyên.", messageEn: 'Row 4: bad headcount.' },
  ],
};

async function upload(dialog: HTMLElement, name: string) {
  const input = dialog.querySelector<HTMLInputElement>('input[type=file]')!;
  await userEvent.upload(input, new File(['x'], name));
  await userEvent.click(within(dialog).getByRole('button', { name: 'Nhập' }));
}

describe('units and communes', () => {
  it('lists the units with their headcounts and the total of those in use', async () => {
    renderApp('/catalog');
    const row = (await screen.findByText('Sở Khoa học và Công nghệ')).closest('tr')!;
    expect(row).toHaveTextContent('1.250');
    expect(row).toHaveTextContent('Đang dùng');
    expect(screen.getByText('Ban Quản lý dự án cũ').closest('tr')).toHaveTextContent('Ngừng dùng');
    expect(screen.getByText('Tổng số người (đang dùng)').closest('.ant-statistic')).toHaveTextContent('1.345');
  });

  it('shows every bad row of an import and imports nothing', async () => {
    let replace: string | null = null;
    server.use(
      http.post('/api/admin/catalog/units/import', ({ request }) => {
        replace = new URL(request.url).searchParams.get('replace');
        return HttpResponse.json(invalidFile, { status: 422 });
      }),
    );
    renderApp('/catalog');
    await screen.findByText('Sở Nội vụ');
    await userEvent.click(screen.getByRole('button', { name: /Nhập từ Excel/ }));
    const dialog = await findDialog('Nhập từ Excel — Đơn vị');
    await userEvent.click(within(dialog).getByRole('checkbox'));
    await upload(dialog, 'don-vi.xlsx');

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Tệp danh mục có lỗi');
    const rows = within(dialog).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('3Thiếu tên đơn vị.');
    expect(rows[1]).toHaveTextContent("4Số người 'một trăm' phải là số nguyên.");
    expect(replace).toBe('true');
  });

  it('imports a good file, shows the counts and lists the new entries', async () => {
    let listed = units;
    server.use(
      http.post('/api/admin/catalog/units/import', ({ request }) => {
        expect(new URL(request.url).searchParams.get('replace')).toBe('false');
        listed = [...units, { id: 4, name: 'Sở Y tế', kind: 'Sở, ban, ngành', headcount: 300, active: true }];
        return HttpResponse.json({ rows: 3, created: 1, updated: 1, unchanged: 1, deactivated: 0 });
      }),
      http.get('/api/admin/catalog/units', () => HttpResponse.json(listed)),
    );
    renderApp('/catalog');
    await screen.findByText('Sở Nội vụ');
    await userEvent.click(screen.getByRole('button', { name: /Nhập từ Excel/ }));
    const dialog = await findDialog('Nhập từ Excel — Đơn vị');
    await upload(dialog, 'don-vi.xlsx');

    expect(await within(dialog).findByText('Đã nhập: don-vi.xlsx')).toBeInTheDocument();
    expect(within(dialog).getByText(/Thêm mới: 1 · Cập nhật: 1/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Đóng' }));
    expect(await screen.findByText('Sở Y tế')).toBeInTheDocument();
  });

  it('shows a name already in the list at the name field', async () => {
    let sent: unknown;
    server.use(
      http.put('/api/admin/catalog/units/2', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(
          { status: 409, code: 'NAME_TAKEN', message: 'Tên này đã có trong danh mục.', messageEn: 'Taken.',
            errors: [{ field: 'name', code: 'TAKEN', message: 'Tên đã tồn tại.', messageEn: 'Name exists.' }] },
          { status: 409 },
        );
      }),
    );
    renderApp('/catalog');
    await userEvent.click(await screen.findByRole('button', { name: 'Sửa Sở Nội vụ' }));
    const dialog = await findDialog('Sửa: Sở Nội vụ');
    fireEvent.change(within(dialog).getByLabelText('Tên'), { target: { value: 'Sở Khoa học và Công nghệ' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    const complaint = await within(dialog).findByText('Tên đã tồn tại.');
    expect(complaint.closest('.ant-form-item')).toContainElement(within(dialog).getByLabelText('Tên'));
    await waitFor(() => expect(sent).toMatchObject({ name: 'Sở Khoa học và Công nghệ', kind: 'Sở, ban, ngành', headcount: 95, active: true }));
  });
});
