import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HASH, committeeWorld } from '@/testing/committee-handlers';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { pasteInto } from '@/testing/type-fast';
import { resetViewport, setViewportWidth } from '@/testing/viewport';

let world: ReturnType<typeof committeeWorld>;

beforeEach(() => {
  setViewportWidth(1280);
  world = committeeWorld();
  server.use(...world.handlers);
  URL.createObjectURL = () => 'blob:export';
  URL.revokeObjectURL = () => {};
  downloads = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
});

let downloads: string[];

afterEach(resetViewport);

const row = (rank: number) => screen.getAllByRole('row').find((r) => within(r).queryAllByRole('cell')[0]?.textContent === String(rank))!;

describe('frozen ranking', () => {
  it('shows the SHA-256 of the frozen ranking where it can be read and copied', async () => {
    renderApp('/ranking?contest=1&round=7', 'token-committee');
    const card = await screen.findByTestId('ranking-hash');
    expect(within(card).getByText(HASH)).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: /Sao chép|copy/i })).toBeInTheDocument();
    expect(within(card).getByText('60')).toBeInTheDocument();
    expect(within(card).getByText('500')).toBeInTheDocument();
  });

  it('explains which link of the chain decided each place, with both figures', async () => {
    renderApp('/ranking?contest=1&round=7', 'token-committee');
    await screen.findByTestId('ranking-hash');
    expect(within(row(1)).getByText('Bằng điểm với người hạng 2; dự đoán sát hơn (sai số nhỏ hơn). (0 so với 6)')).toBeInTheDocument();
    expect(
      within(row(2)).getByText('Bằng điểm và sai số dự đoán với người hạng 3; thời gian làm bài ngắn hơn. (61,250 giây so với 72,503 giây)'),
    ).toBeInTheDocument();
    expect(within(row(3)).getByText('Điểm cao hơn người hạng 4. (100 so với 96)')).toBeInTheDocument();
    // the deciding link is the one marked in the chain; the links before it were ties
    const decisive = row(2).querySelector('[data-decisive]');
    expect(decisive).toHaveTextContent('Thời gian làm bài');
    expect(within(row(2)).getByText(/= Sai số dự đoán/)).toBeInTheDocument();
  });

  it('on a phone, puts each entry’s reason under it', async () => {
    setViewportWidth(360);
    renderApp('/ranking?contest=1&round=7', 'token-committee');
    const first = await screen.findByTestId('ranked-1');
    expect(within(first).getByText('1. Thí sinh 1')).toBeInTheDocument();
    expect(within(first).getByText('Bằng điểm với người hạng 2; dự đoán sát hơn (sai số nhỏ hơn). (0 so với 6)')).toBeInTheDocument();
    expect(first.querySelector('[data-decisive]')).toHaveTextContent('Sai số dự đoán');
    expect(screen.queryByRole('columnheader', { name: 'Vì sao xếp ở hạng này' })).not.toBeInTheDocument();
  });

  it('compares the last row of a page with the first of the next, and pages on', async () => {
    renderApp('/ranking?contest=1&round=7', 'token-committee');
    await screen.findByTestId('ranking-hash');
    // 20 rows shown, 21 asked for: the 20th still knows whom it beat
    expect(world.requests.find((r) => r.path.endsWith('/ranking'))?.query.get('limit')).toBe('21');
    expect(within(row(20)).getByText('Điểm cao hơn người hạng 21. (80 so với 79)')).toBeInTheDocument();
    expect(screen.queryByText('Thí sinh 21')).not.toBeInTheDocument();
    await userEvent.click(screen.getByTitle('3'));
    expect(await screen.findByText('Thí sinh 41')).toBeInTheDocument();
    expect(world.requests.at(-1)?.query.get('offset')).toBe('40');
    expect(within(row(60)).getByText('Cuối bảng xếp hạng: không còn ai xếp sau.')).toBeInTheDocument();
  });

  it('closes a round only after confirmation, and says when a round has not ended', async () => {
    renderApp('/ranking?contest=1&round=8', 'token-committee');
    expect(await screen.findByText('Đợt thi chưa khóa nên chưa có bảng xếp hạng chính thức.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Khóa đợt thi/ }));
    const confirm = await screen.findByRole('dialog');
    expect(within(confirm).getByText(/bảng xếp hạng chính thức được chốt kèm mã băm SHA-256/)).toBeInTheDocument();
    expect(world.requests.filter((r) => r.path.endsWith('/close'))).toHaveLength(0);
    await userEvent.click(within(confirm).getByRole('button', { name: 'Khóa đợt thi' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Đợt thi chưa kết thúc');
    expect(screen.getByRole('alert')).toHaveTextContent('16/11/2026');

    world.allowClosingRound8();
    await userEvent.click(screen.getByRole('button', { name: /Khóa đợt thi/ }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Khóa đợt thi' }));
    expect(await screen.findByText('Đã khóa đợt thi: 2 bài thi được xếp hạng.')).toBeInTheDocument();
    expect(await screen.findByText('1111111111111111111111111111111111111111111111111111111111111111')).toBeInTheDocument();
  });

  it('does not offer reopening to the committee (ADMIN only)', async () => {
    renderApp('/ranking?contest=1&round=7', 'token-committee');
    await screen.findByTestId('ranking-hash');
    expect(screen.queryByRole('button', { name: /Mở lại đợt thi/ })).not.toBeInTheDocument();
  });

  it('reopens with the reason an ADMIN gives', async () => {
    renderApp('/ranking?contest=1&round=7', 'token-admin');
    await screen.findByTestId('ranking-hash');
    await userEvent.click(screen.getByRole('button', { name: /Mở lại đợt thi/ }));
    const dialog = await screen.findByRole('dialog');
    await pasteInto(within(dialog).getByLabelText('Lý do'), 'Sai đáp án câu 7, chấm lại');
    await userEvent.click(within(dialog).getByRole('button', { name: /Mở lại đợt thi/ }));
    expect(await screen.findByText('Đã mở lại đợt thi.')).toBeInTheDocument();
    expect(world.requests.find((r) => r.path.endsWith('/reopen'))?.body).toEqual({ reason: 'Sai đáp án câu 7, chấm lại' });
    expect(await screen.findByText('Đợt thi chưa khóa nên chưa có bảng xếp hạng chính thức.')).toBeInTheDocument();
  });

  it('exports masked by default; unmasking needs the chair and a reason', async () => {
    renderApp('/ranking?contest=1&round=7', 'token-committee');
    await userEvent.click(await screen.findByRole('button', { name: /Xuất bảng xếp hạng/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/được che/)).toBeInTheDocument();
    expect(within(dialog).queryByText(/không che/)).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByLabelText('CSV (.csv)'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tải về' }));
    await screen.findByRole('button', { name: /Xuất bảng xếp hạng/ });
    const masked = world.requests.find((r) => r.path.endsWith('/exports/ranking'))!;
    expect(masked.query.get('format')).toBe('csv');
    expect(masked.query.has('unmasked')).toBe(false);
    // the file the server named is what the browser saves
    await vi.waitFor(() => expect(downloads).toEqual(['xep-hang-dot-1.csv']));
  });

  it('sends the chair’s reason with an unmasked export', async () => {
    renderApp('/ranking?contest=1&round=7', 'token-chair');
    await userEvent.click(await screen.findByRole('button', { name: /Xuất bảng xếp hạng/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByLabelText(/không che/));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tải về' }));
    expect(await within(dialog).findByText('Vui lòng ghi lý do.')).toBeInTheDocument();
    expect(world.requests.some((r) => r.path.endsWith('/exports/ranking'))).toBe(false);
    await pasteInto(within(dialog).getByLabelText('Lý do'), 'Trao giải tại lễ tổng kết');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tải về' }));
    await screen.findByRole('button', { name: /Xuất bảng xếp hạng/ });
    const unmasked = await vi.waitFor(() => world.requests.find((r) => r.path.endsWith('/exports/ranking'))!);
    expect(unmasked.query.get('unmasked')).toBe('true');
    expect(unmasked.query.get('reason')).toBe('Trao giải tại lễ tổng kết');
  });
});
