import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { committeeWorld } from '@/testing/committee-handlers';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { resetViewport, setViewportWidth } from '@/testing/viewport';

const figures = {
  scope: { contestId: 1, contestName: 'Tìm hiểu về Chuyển đổi số', roundId: null, label: 'Tìm hiểu về Chuyển đổi số',
    from: '2025-11-02T17:00:00Z', until: '2025-11-30T17:00:00Z', generatedAt: '2025-12-01T03:00:00Z' },
  totals: { registrations: 12480, participants: 10321, attemptsStarted: 15002, attemptsSubmitted: 14250,
    completionPercent: 94.99, disqualifiedContestants: 3 },
  units: [{ name: 'Sở Nội vụ', participants: 312, headcount: 400, ratePercent: 78 }],
  hardest: [{ code: 'CDS-017', text: 'Đề án 06 được phê duyệt năm nào?', shown: 900, correct: 180, correctPercent: 20 }],
  regrades: [{}],
  individualPrizes: [{}, {}],
  rankings: [{ round: 'Đợt 1', computedAt: '2025-11-16T10:00:00Z', entries: 5120, hash: 'ab'.repeat(32) }],
};

beforeEach(() => {
  setViewportWidth(1280);
  server.use(...committeeWorld().handlers);
});
afterEach(resetViewport);

describe('the final report screen', () => {
  it('shows the key figures in Vietnamese and Vietnam time and downloads both files for the whole contest', async () => {
    const asked: string[] = [];
    server.use(
      http.get('/api/admin/contests/:id/report', ({ request }) => {
        asked.push(new URL(request.url).search);
        return HttpResponse.json(figures);
      }),
      http.get('/api/admin/contests/:id/report.docx', ({ request }) => {
        asked.push(new URL(request.url).pathname);
        return new HttpResponse(new Blob(['docx']), { headers: { 'Content-Disposition': 'attachment; filename="bao-cao.docx"' } });
      }),
    );
    renderApp('/report?contest=1&round=0', 'token-committee');

    expect(await screen.findByText('Báo cáo tổng kết', { selector: 'h3' })).toBeInTheDocument();
    expect(await screen.findByText('Sở Nội vụ')).toBeInTheDocument();
    expect(screen.getByText('Người dự thi', { selector: '.ant-statistic-title' })).toBeInTheDocument();
    expect(document.body.textContent).toContain('10.321');
    expect(document.body.textContent).toContain('94,99 %');
    expect(document.body.textContent).not.toMatch(/PUBLISHED|SUBMITTED/);
    // 17:00 UTC is midnight the next day in Vietnam, whatever the computer's zone
    expect(screen.getByText(/03\/11\/2025 00:00/)).toBeInTheDocument();
    expect(asked[0]).toBe('');

    await userEvent.click(screen.getByRole('button', { name: /Tải báo cáo \(\.docx\)/ }));
    await waitFor(() => expect(asked).toContain('/api/admin/contests/1/report.docx'));
  });

  it('shows a contest without regrades, prizes or frozen rankings, whose empty lists the server leaves out', async () => {
    const { regrades: _r, individualPrizes: _p, rankings: _k, hardest: _h, units: _u, ...bare } = figures;
    server.use(http.get('/api/admin/contests/:id/report', () => HttpResponse.json(bare)));
    renderApp('/report?contest=1&round=0', 'token-committee');

    expect(await screen.findByText('Báo cáo tổng kết', { selector: 'h3' })).toBeInTheDocument();
    await waitFor(() => expect(document.body.textContent).toContain('10.321'));
    expect(document.body.textContent).not.toContain('Unexpected Application Error');
  });
});
