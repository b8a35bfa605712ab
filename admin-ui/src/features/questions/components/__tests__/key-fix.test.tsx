import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { findDialog } from '@/testing/dialog';
import { fieldError, question } from '@/testing/handlers';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';

const summary = {
  roundId: 7, questionId: 11, code: 'Q001', fromVersionId: 21, fromVersion: 2, toVersionId: 22, toVersion: 3, keyBefore: 'A', keyAfter: 'C',
  attemptsRescored: 12, attemptsChanged: 1, contestantsChanged: 1, scoresUp: 1, scoresDown: 0, openAttemptsNotRescored: 2,
  changes: [{ attemptId: 501, accountId: 42, scoreBefore: 40, scoreAfter: 50, correctBefore: 4, correctAfter: 5 }],
};

async function openKeyFixFromTheBank() {
  renderApp('/questions');
  await userEvent.click(await screen.findByText('Chuyển đổi số là gì?'));
  await screen.findByText('Lịch sử phiên bản');
  await userEvent.click(screen.getByRole('button', { name: 'Sửa đáp án' }));
  return findDialog('Sửa đáp án');
}

describe('key fix and regrade', () => {
  it('fixes the key with the reason, regrades the chosen round and shows what changed', async () => {
    let keyBody: unknown;
    let regradeBody: unknown;
    server.use(
      http.put('/api/admin/questions/11/key', async ({ request }) => {
        keyBody = await request.json();
        return HttpResponse.json({ outcome: 'NEW_VERSION', question: { ...question, correctIndex: 2, version: 3, versionId: 22 } });
      }),
      http.post('/api/admin/rounds/7/regrade', async ({ request }) => {
        regradeBody = await request.json();
        return HttpResponse.json(summary);
      }),
    );
    const dialog = await openKeyFixFromTheBank();
    await userEvent.click(within(dialog).getByRole('radio', { name: /^C\. C1/ }));
    fireEvent.change(within(dialog).getByLabelText('Lý do sửa đáp án'), { target: { value: 'Theo Nghị định 45/2020, đáp án đúng là C.' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu đáp án mới' }));

    expect(await within(dialog).findByText('Đã sửa đáp án: A → C (v3)')).toBeInTheDocument();
    expect(keyBody).toEqual({ correctIndex: 2, reason: 'Theo Nghị định 45/2020, đáp án đúng là C.' });

    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: 'Đợt thi' }));
    await userEvent.click(await screen.findByText('Tìm hiểu Chuyển đổi số · 1. Đợt 1'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Chấm lại' }));

    const result = await within(dialog).findByTestId('regrade-summary');
    expect(regradeBody).toEqual({ versionId: 21 });
    expect(within(result).getByText('Lượt thi đã chấm lại').closest('.ant-statistic')).toHaveTextContent('12');
    expect(within(result).getByText('40 → 50')).toBeInTheDocument();
    // the contestant by the masked name beside the id, not the id alone
    expect(await within(result).findByText('Thí sinh T. 42. · Sở Nội vụ (#42)')).toBeInTheDocument();
    expect(within(result).getByText('Lượt thi đang làm chưa được chấm lại: 2')).toBeInTheDocument();
  });

  it('offers every option but the current key and shows the API complaint about the reason at its field', async () => {
    server.use(
      http.put('/api/admin/questions/11/key', () =>
        fieldError('reason', 'Vui lòng ghi lý do sửa đáp án (5–1000 ký tự).', 'A reason (5–1000 characters) is required.'),
      ),
    );
    const dialog = await openKeyFixFromTheBank();
    expect(within(dialog).getByRole('radio', { name: /^A\. A1/ })).toBeDisabled();
    expect(within(dialog).getByText('đáp án hiện tại')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('radio', { name: /^B\. B1/ }));
    fireEvent.change(within(dialog).getByLabelText('Lý do sửa đáp án'), { target: { value: 'sai' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu đáp án mới' }));

    const complaint = await within(dialog).findByText('Vui lòng ghi lý do sửa đáp án (5–1000 ký tự).');
    expect(complaint.closest('.ant-form-item')).toContainElement(within(dialog).getByLabelText('Lý do sửa đáp án'));
    expect(within(dialog).getByRole('button', { name: 'Lưu đáp án mới' })).toBeInTheDocument();
  });
});

describe('suspected wrong keys on the live view', () => {
  const stats = [
    {
      questionId: 11, code: 'Q001', versionId: 20, version: 1, current: false, text: 'Chuyển đổi số là gì?', shown: 60, answered: 60, correct: 10,
      correctRate: 0.17, suspectedWrongKey: true, reason: 'Phương án C được chọn gấp 4 lần đáp án', reasonEn: 'Option C chosen 4 times as often',
      options: [
        { letter: 'A', text: 'A1', key: true, chosen: 10 },
        { letter: 'B', text: 'B1', key: false, chosen: 5 },
        { letter: 'C', text: 'C1', key: false, chosen: 40 },
        { letter: 'D', text: 'D1', key: false, chosen: 5 },
      ],
    },
  ];

  const suspectedCard = async () => {
    const title = await screen.findByText('Câu hỏi nghi sai đáp án');
    const card = title.closest<HTMLElement>('.ant-card')!;
    await within(card).findByText('Q001');
    return card;
  };

  it('regrades the round from an old version straight away', async () => {
    let regradeBody: unknown;
    server.use(
      http.get('/api/admin/rounds/:id/question-stats', () => HttpResponse.json(stats)),
      http.post('/api/admin/rounds/7/regrade', async ({ request }) => {
        regradeBody = await request.json();
        return HttpResponse.json({ ...summary, fromVersionId: 20, fromVersion: 1, openAttemptsNotRescored: 0 });
      }),
    );
    renderApp('/');
    const card = await suspectedCard();
    expect(within(card).getByText('Phương án C được chọn gấp 4 lần đáp án')).toBeInTheDocument();
    expect(within(card).getByText('C: 40')).toBeInTheDocument();
    await userEvent.click(within(card).getByRole('button', { name: 'Chấm lại' }));

    const dialog = await findDialog('Sửa đáp án');
    expect(within(dialog).getByText(/đã được sửa sau phiên bản thí sinh đã làm/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Chấm lại' }));

    expect(await within(dialog).findByTestId('regrade-summary')).toBeInTheDocument();
    expect(regradeBody).toEqual({ versionId: 20 });
    expect(within(dialog).queryByText(/Lượt thi đang làm chưa được chấm lại/)).not.toBeInTheDocument();
  });

  it('shows the committee the suspicion without the fix', async () => {
    server.use(http.get('/api/admin/rounds/:id/question-stats', () => HttpResponse.json(stats)));
    renderApp('/', 'token-committee');
    const card = await suspectedCard();
    expect(within(card).getByText('Phương án C được chọn gấp 4 lần đáp án')).toBeInTheDocument();
    expect(within(card).queryByRole('button')).not.toBeInTheDocument();
  });
});
