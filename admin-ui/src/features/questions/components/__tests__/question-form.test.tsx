import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { findDialog } from '@/testing/dialog';
import { fieldError, question } from '@/testing/handlers';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';

async function openForm() {
  renderApp('/questions');
  await screen.findByText('Chuyển đổi số là gì?');
  await userEvent.click(screen.getByRole('button', { name: /Thêm câu hỏi/ }));
  return findDialog('Thêm câu hỏi');
}

function fill(form: HTMLElement, text: string, options: string[]) {
  fireEvent.change(within(form).getByLabelText('Nội dung'), { target: { value: text } });
  options.forEach((option, i) =>
    fireEvent.change(within(form).getByLabelText(`Phương án ${'ABCD'[i]}`, { selector: 'input' }), { target: { value: option } }),
  );
}

describe('new question form', () => {
  it('sends the question with its key and closes with the new code', async () => {
    let sent: Record<string, unknown> | undefined;
    server.use(
      http.post('/api/admin/banks/3/questions', async ({ request }) => {
        sent = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json({ outcome: 'CREATED', question: { ...question, id: 99, code: 'q-moi' }, warnings: [] }, { status: 201 });
      }),
    );
    const form = await openForm();
    fill(form, 'Cổng Dịch vụ công quốc gia có địa chỉ nào?', ['dichvucong.gov.vn', 'chinhphu.vn', 'baochinhphu.vn', 'vnexpress.net']);
    await userEvent.click(within(form).getByRole('radio', { name: 'A' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Đã thêm câu hỏi: q-moi')).toBeInTheDocument();
    expect(sent).toMatchObject({
      text: 'Cổng Dịch vụ công quốc gia có địa chỉ nào?',
      options: ['dichvucong.gov.vn', 'chinhphu.vn', 'baochinhphu.vn', 'vnexpress.net'],
      correctIndex: 0,
      difficulty: 'MEDIUM',
    });
    await waitFor(() => expect(screen.queryByText('Thêm phương án')).not.toBeInTheDocument());
  });

  it('shows the API complaint about the options under the options', async () => {
    server.use(
      http.post('/api/admin/banks/3/questions', () =>
        fieldError('options', 'phương án B trùng với phương án A.', 'option B is the same as option A.'),
      ),
    );
    const form = await openForm();
    fill(form, 'Câu hỏi có hai phương án giống nhau?', ['Một', 'Một', 'Hai', 'Ba']);
    await userEvent.click(within(form).getByRole('radio', { name: 'C' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Lưu' }));

    const complaint = await within(form).findByText('phương án B trùng với phương án A.');
    expect(complaint.closest('.ant-form-item-explain')).not.toBeNull();
    expect(within(form).getByRole('alert')).toHaveTextContent('Dữ liệu chưa hợp lệ.');
  });

  it('shows a taken code at the code field', async () => {
    server.use(
      http.post('/api/admin/banks/3/questions', () =>
        HttpResponse.json(
          { status: 409, code: 'CODE_TAKEN', message: 'Mã câu hỏi này đã có trong ngân hàng.', messageEn: 'Taken.',
            errors: [{ field: 'code', code: 'TAKEN', message: 'Mã đã tồn tại.', messageEn: 'Code exists.' }] },
          { status: 409 },
        ),
      ),
    );
    const form = await openForm();
    fill(form, 'Câu hỏi mới?', ['Một', 'Hai', 'Ba', 'Bốn']);
    fireEvent.change(within(form).getByLabelText(/^Mã/), { target: { value: 'q001' } });
    await userEvent.click(within(form).getByRole('radio', { name: 'B' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Lưu' }));

    const complaint = await within(form).findByText('Mã đã tồn tại.');
    expect(complaint.closest('.ant-form-item')).toContainElement(within(form).getByLabelText(/^Mã/));
  });

  it('asks for the key before sending anything', async () => {
    let calls = 0;
    server.use(
      http.post('/api/admin/banks/3/questions', () => {
        calls++;
        return HttpResponse.json({}, { status: 201 });
      }),
    );
    const form = await openForm();
    fill(form, 'Câu hỏi chưa có đáp án?', ['Một', 'Hai', 'Ba', 'Bốn']);
    await userEvent.click(within(form).getByRole('button', { name: 'Lưu' }));

    expect(await within(form).findByText('Vui lòng chọn đáp án đúng.')).toBeInTheDocument();
    expect(calls).toBe(0);
  });

  it('adds options up to six and keeps at least two', async () => {
    const form = await openForm();
    const add = within(form).getByRole('button', { name: /Thêm phương án/ });
    await userEvent.click(add);
    await userEvent.click(add);
    expect(within(form).getByLabelText('Phương án F', { selector: 'input' })).toBeInTheDocument();
    expect(add).toBeDisabled();
    for (const letter of ['F', 'E', 'D', 'C']) await userEvent.click(within(form).getByRole('button', { name: `Xóa phương án ${letter}` }));
    expect(within(form).getByRole('button', { name: 'Xóa phương án B' })).toBeDisabled();
  });
});
