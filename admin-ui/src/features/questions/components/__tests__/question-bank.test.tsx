import { screen, waitFor } from '@testing-library/react';

const fileInput = () =>
  waitFor(() => {
    const input = document.querySelector<HTMLInputElement>('input[type=file]');
    if (!input) throw new Error('no file input yet');
    return input;
  });
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/render';

const preview = (errors: object[], token: string | null, warnings: object[] = []) => ({
  token, expiresAt: null, fileName: 'bank.xlsx', questions: 2, newQuestions: 2, changedQuestions: 0, unchangedQuestions: 0,
  errors, warnings, changes: [],
});

describe('question bank', () => {
  it('lists the questions of the first bank', async () => {
    renderApp('/questions');
    expect(await screen.findByText('Chuyển đổi số là gì?')).toBeInTheDocument();
  });

  it('opens a question with its version history', async () => {
    renderApp('/questions');
    await userEvent.click(await screen.findByText('Chuyển đổi số là gì?'));
    expect(await screen.findByText('Lịch sử phiên bản')).toBeInTheDocument();
    expect(await screen.findByText('v1')).toBeInTheDocument();
  });

  it('shows row errors in the preview and does not offer the confirm', async () => {
    server.use(
      http.post('/api/admin/banks/:id/imports', () =>
        HttpResponse.json(preview([{ row: 4, severity: 'ERROR', code: 'MISSING_KEY', message: 'Thiếu đáp án đúng.', messageEn: 'No key.' }], null)),
      ),
    );
    renderApp('/questions');
    await screen.findByText('Chuyển đổi số là gì?');
    await userEvent.click(screen.getByRole('button', { name: /Nhập từ tệp/ }));
    await userEvent.upload(await fileInput(), new File(['x'], 'bank.xlsx'));
    expect(await screen.findByText('Thiếu đáp án đúng.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Xác nhận nhập' })).toBeDisabled();
  });

  it('shows every validator warning in the preview, the bank-wide ones without a row, and still offers the confirm', async () => {
    const warnings = [
      { row: 0, severity: 'WARNING', code: 'KEY_LONGEST_SHARE', message: 'Ngân hàng: đáp án đúng là phương án dài nhất ở 41% số câu (111/271); nên không quá 30%.', messageEn: 'Bank: the key is the longest option in 41%.' },
      ...Array.from({ length: 24 }, (_, n) => ({
        row: n + 2, severity: 'WARNING', code: 'SAME_FACT',
        message: `Dòng ${n + 2} (bank.xlsx): câu hỏi hỏi lại cùng một nội dung với câu ở dòng 1 (bank.xlsx).`, messageEn: 'Same fact.',
      })),
    ];
    server.use(http.post('/api/admin/banks/:id/imports', () => HttpResponse.json(preview([], 'tok', warnings))));
    renderApp('/questions');
    await screen.findByText('Chuyển đổi số là gì?');
    await userEvent.click(screen.getByRole('button', { name: /Nhập từ tệp/ }));
    await userEvent.upload(await fileInput(), new File(['x'], 'bank.xlsx'));

    expect(await screen.findByText('Cảnh báo (25)')).toBeInTheDocument();
    expect(screen.getByText(/phương án dài nhất ở 41% số câu/)).toBeInTheDocument();
    expect(screen.getByText('—')).toBeInTheDocument();
    expect(screen.getByText('Dòng 3 (bank.xlsx): câu hỏi hỏi lại cùng một nội dung với câu ở dòng 1 (bank.xlsx).')).toBeInTheDocument();
    // paginated, not cut off: the last warning is two pages on
    await userEvent.click(screen.getByTitle('3'));
    expect(await screen.findByText('Dòng 25 (bank.xlsx): câu hỏi hỏi lại cùng một nội dung với câu ở dòng 1 (bank.xlsx).')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Xác nhận nhập' })).toBeEnabled();
  });

  it('imports after the confirm', async () => {
    server.use(
      http.post('/api/admin/banks/:id/imports', () => HttpResponse.json(preview([], 'tok'))),
      http.post('/api/admin/banks/:id/imports/tok/confirm', () => HttpResponse.json({ fileName: 'bank.xlsx', created: 2, newVersions: 0, unchanged: 0 })),
    );
    renderApp('/questions');
    await screen.findByText('Chuyển đổi số là gì?');
    await userEvent.click(screen.getByRole('button', { name: /Nhập từ tệp/ }));
    await userEvent.upload(await fileInput(), new File(['x'], 'bank.xlsx'));
    await userEvent.click(await screen.findByRole('button', { name: 'Xác nhận nhập' }));
    expect(await screen.findByText('Đã nhập: bank.xlsx')).toBeInTheDocument();
  });
});
