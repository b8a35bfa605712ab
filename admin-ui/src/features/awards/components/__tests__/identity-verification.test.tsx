import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { Decision } from '@/features/awards/api/awards';
import { committeeWorld } from '@/testing/committee-handlers';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { resetViewport, setViewportWidth } from '@/testing/viewport';

let world: ReturnType<typeof committeeWorld>;

beforeEach(() => {
  setViewportWidth(1280);
  world = committeeWorld();
  server.use(...world.handlers);
});
afterEach(resetViewport);

/** A draft whose first winner's papers were checked, the others not yet. */
function partlyVerified(): ReturnType<typeof world.drafted> {
  const d = world.drafted('rounds/7', 2) as unknown as Decision;
  return {
    ...d,
    winners: d.winners.map((w, i) => ({
      ...w,
      pendingFlags: [],
      identityVerified: i === 0 ? { method: 'IN_PERSON', note: 'CCCD gốc', verifiedByName: 'Lê Thị Hội Đồng', verifiedAt: '2025-12-01T03:00:00Z' } : null,
    })),
  } as unknown as ReturnType<typeof world.drafted>;
}

describe('identity verification before signing', () => {
  it('shows who checked whose papers, how and when, in Vietnam time, and how many are still unchecked', async () => {
    world.decisions['rounds/7'] = partlyVerified();
    renderApp('/awards?contest=1&round=7&tab=winners', 'token-committee');

    const verified = await screen.findByTestId('identity-101');
    expect(verified).toHaveTextContent('Đã xác minh danh tính');
    expect(verified).toHaveTextContent('Trực tiếp, xem CCCD bản gốc — Lê Thị Hội Đồng, 01/12/2025 10:00');
    const unchecked = (world.decisions['rounds/7'] as unknown as Decision).winners.length - 1;
    expect(screen.getByTestId('identity-unverified')).toHaveTextContent(`${unchecked} người đoạt giải chưa được xác minh danh tính`);
  });

  it('records a verification with the method and note chosen, then shows it', async () => {
    world.decisions['rounds/7'] = partlyVerified();
    const posted: unknown[] = [];
    server.use(
      http.post('/api/admin/contestants/:id/identity-verification', async ({ params, request }) => {
        const body = (await request.json()) as { method: string; note: string };
        posted.push({ id: Number(params.id), ...body });
        const d = world.decisions['rounds/7'] as unknown as Decision;
        d.winners = d.winners.map((w) =>
          w.accountId === Number(params.id)
            ? { ...w, identityVerified: { method: body.method, note: body.note, verifiedByName: 'Lê Thị Hội Đồng', verifiedAt: '2025-12-01T04:00:00Z' } }
            : w,
        ) as Decision['winners'];
        return HttpResponse.json({ accountId: Number(params.id), method: body.method, verifiedAt: '2025-12-01T04:00:00Z' });
      }),
    );
    renderApp('/awards?contest=1&round=7&tab=winners', 'token-committee');
    const second = (world.decisions['rounds/7'] as unknown as Decision).winners[1];

    await userEvent.click(within(await screen.findByTestId(`identity-${second.accountId}`)).getByRole('button', { name: /Xác minh danh tính/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Ghi chú'), 'CCCD gốc tại Sở');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Xác minh danh tính' }));

    expect(await screen.findByText('Đã ghi nhận xác minh danh tính.')).toBeInTheDocument();
    expect(posted).toEqual([{ id: second.accountId, method: 'IN_PERSON', note: 'CCCD gốc tại Sở' }]);
    expect(await within(screen.getByTestId(`identity-${second.accountId}`)).findByText('Đã xác minh danh tính')).toBeInTheDocument();
  });

  it('explains a refusal to sign for an unchecked winner', async () => {
    world.decisions['rounds/7'] = partlyVerified();
    world.signRefusals.push(() =>
      world.apiError(409, 'IDENTITY_NOT_VERIFIED', 'Còn 1 người đoạt giải chưa được hội đồng xác minh danh tính (đối chiếu giấy tờ); cần xác minh trước khi ký.',
        '1 winner(s) have no verified identity yet.', { accountIds: [102] }),
    );
    renderApp('/awards?contest=1&round=7&tab=winners', 'token-committee');
    await userEvent.click(await screen.findByRole('button', { name: /Ký duyệt/ }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ký duyệt' }));

    const problem = await screen.findByTestId('award-problem');
    expect(problem).toHaveTextContent('chưa được hội đồng xác minh danh tính');
    expect(problem).toHaveTextContent('Hội đồng cần đối chiếu giấy tờ của từng người đoạt giải');
  });
});
