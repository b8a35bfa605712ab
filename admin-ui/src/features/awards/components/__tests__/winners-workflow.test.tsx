import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { committeeWorld } from '@/testing/committee-handlers';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { pasteInto } from '@/testing/type-fast';
import { resetViewport, setViewportWidth } from '@/testing/viewport';

let world: ReturnType<typeof committeeWorld>;

beforeEach(() => {
  setViewportWidth(1280);
  world = committeeWorld();
  server.use(...world.handlers);
});
afterEach(resetViewport);

const status = () => screen.getByTestId('award-status');
const confirmIn = async (button: string) => userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: button }));

describe('winners workflow', () => {
  it('drafts the winners and shows what the committee must check before signing', async () => {
    renderApp('/awards?contest=1&round=7&tab=winners', 'token-committee');
    expect(await screen.findByText(/Chưa có dự kiến kết quả/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Lập dự kiến/ }));
    expect(await screen.findByText('Nguyễn Văn 1')).toBeInTheDocument();
    expect(status()).toHaveTextContent('Dự kiến phiên bản 1');
    const first = screen.getByText('Nguyễn Văn 1').closest('tr')!;
    expect(within(first).getByText('Giải Nhất')).toBeInTheDocument();
    expect(within(first).getByText('100 (10/10)')).toBeInTheDocument();
    expect(within(first).getByText('Sai số dự đoán')).toBeInTheDocument();
    // the moment to the millisecond, in the browser's time zone
    expect(within(first).getByText(/^05\/11\/2026 \d\d:00:00\.123$/)).toBeInTheDocument();
    const third = screen.getByText('Nguyễn Văn 3').closest('tr')!;
    expect(within(third).getByText('1 người')).toBeInTheDocument();
    await userEvent.click(within(third).getByRole('button', { name: /expand|mở rộng/i }));
    expect(
      await screen.findByText('Hạng 2 — Thí sinh 2: Thuộc diện không xét giải (thành phần tổ chức cuộc thi).'),
    ).toBeInTheDocument();
    expect(screen.getByText('Giải Nhì: còn 1 giải')).toBeInTheDocument();
  });

  it('on a phone, shows each winner as a block with the people passed over', async () => {
    setViewportWidth(360);
    world.decisions['rounds/7'] = world.drafted('rounds/7', 1);
    renderApp('/awards?contest=1&round=7&tab=winners', 'token-committee');
    const third = await screen.findByTestId('winner-103');
    expect(within(third).getByText('Nguyễn Văn 3')).toBeInTheDocument();
    expect(within(third).getByText('Giải Nhì')).toBeInTheDocument();
    expect(within(third).getByText(/100 điểm · đúng 10\/10 câu · Sai số dự đoán 6 · 72,503 giây/)).toBeInTheDocument();
    expect(within(third).getByText(/Hạng 2 — Thí sinh 2/)).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Giải' })).not.toBeInTheDocument();
  });

  it('signs the version that was reviewed, then publishes it', async () => {
    world.decisions['rounds/7'] = world.drafted('rounds/7', 4);
    renderApp('/awards?contest=1&round=7&tab=winners', 'token-committee');
    await userEvent.click(await screen.findByRole('button', { name: /Ký duyệt/ }));
    const confirm = await screen.findByRole('dialog');
    expect(within(confirm).getAllByText('Ký duyệt dự kiến phiên bản 4?')[0]).toBeInTheDocument();
    expect(within(confirm).getByText(/2 người đạt giải cá nhân/)).toBeInTheDocument();
    await confirmIn('Ký duyệt');
    expect(await screen.findByText(/Đã ký duyệt bởi Chủ tịch Hội đồng/)).toBeInTheDocument();
    expect(world.requests.find((r) => r.path.endsWith('/sign'))?.body).toEqual({ version: 4 });
    expect(screen.queryByRole('button', { name: /Lập lại dự kiến/ })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /Công bố kết quả/ }));
    await confirmIn('Công bố kết quả');
    expect(await screen.findByText(/Đã công bố lúc/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Xuất danh sách đạt giải/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Mở khóa kết quả/ })).not.toBeInTheDocument();
  });

  it('reloads a draft that changed since it was reviewed and says to review it again', async () => {
    world.decisions['rounds/7'] = world.drafted('rounds/7', 1);
    renderApp('/awards?contest=1&round=7&tab=winners', 'token-committee');
    await screen.findByText('Nguyễn Văn 1');
    // a colleague drafts again while this screen is open
    world.decisions['rounds/7'] = world.drafted('rounds/7', 2);
    await userEvent.click(screen.getByRole('button', { name: /Ký duyệt/ }));
    await confirmIn('Ký duyệt');
    expect(await screen.findByText('Dự kiến đã được lập lại sau khi bạn xem; hãy xem lại trước khi ký.')).toBeInTheDocument();
    expect(screen.getByText('Màn hình đã tải dự kiến mới nhất (phiên bản 2). Hãy xem lại trước khi ký.')).toBeInTheDocument();
    expect(await screen.findByText(/Dự kiến phiên bản 2/)).toBeInTheDocument();
  });

  it('offers to draft again when the ranking or the rules moved under the draft', async () => {
    world.decisions['rounds/7'] = world.drafted('rounds/7', 1);
    world.signRefusals.push(() =>
      world.apiError(409, 'RANKING_CHANGED', 'Bảng xếp hạng chính thức đã thay đổi từ khi lập dự kiến; cần lập lại dự kiến.', 'Changed.'),
    );
    renderApp('/awards?contest=1&round=7&tab=winners', 'token-committee');
    await userEvent.click(await screen.findByRole('button', { name: /Ký duyệt/ }));
    await confirmIn('Ký duyệt');
    const alert = await screen.findByTestId('award-problem');
    expect(alert).toHaveTextContent('Bảng xếp hạng chính thức đã thay đổi');
    expect(alert).toHaveTextContent('Lập lại dự kiến trên bảng xếp hạng hiện tại');
    await userEvent.click(within(alert).getByRole('button', { name: 'Lập lại dự kiến' }));
    expect(await screen.findByText(/Dự kiến phiên bản 2/)).toBeInTheDocument();
    expect(screen.queryByTestId('award-problem')).not.toBeInTheDocument();
  });

  it('lists the rounds to sign before the whole contest can be signed', async () => {
    world.decisions['contests/1'] = world.drafted('contests/1', 1);
    world.signRefusals.push(() =>
      world.apiError(409, 'ROUND_AWARDS_NOT_SIGNED', 'Cần ký duyệt kết quả của mọi đợt thi trước kết quả toàn cuộc thi.', 'Sign rounds.', {
        rounds: ['Tuần 2'],
      }),
    );
    renderApp('/awards?contest=1&round=0&tab=winners', 'token-committee');
    // the contest's review shows the units and their collective index
    expect(await screen.findByText('Sở Tư pháp')).toBeInTheDocument();
    expect(screen.getByText('Danh mục chưa có số người của đơn vị')).toBeInTheDocument();
    expect(screen.getByText('58,4')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Ký duyệt/ }));
    await confirmIn('Ký duyệt');
    const alert = await screen.findByTestId('award-problem');
    expect(alert).toHaveTextContent('Cần ký duyệt kết quả của các đợt thi sau trước:');
    expect(within(alert).getByText('Tuần 2')).toBeInTheDocument();
  });

  it('explains a draft refused for want of a frozen ranking and links to closing the round', async () => {
    renderApp('/awards?contest=1&round=8&tab=winners', 'token-committee');
    await userEvent.click(await screen.findByRole('button', { name: /Lập dự kiến/ }));
    const alert = await screen.findByTestId('award-problem');
    expect(alert).toHaveTextContent('Chưa có bảng xếp hạng chính thức');
    expect(within(alert).getByRole('link', { name: /Khóa đợt thi/ })).toHaveAttribute('href', '/ranking?contest=1&round=8');
  });

  it('lets an ADMIN unlock a signed decision with a reason', async () => {
    world.decisions['rounds/7'] = { ...world.drafted('rounds/7', 3), status: 'SIGNED', signedBy: 'Chủ tịch Hội đồng', signedAt: '2026-11-09T03:00:00Z' };
    renderApp('/awards?contest=1&round=7&tab=winners', 'token-admin');
    await userEvent.click(await screen.findByRole('button', { name: /Mở khóa kết quả/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: /Mở khóa kết quả/ }));
    expect(await within(dialog).findByText('Vui lòng ghi lý do.')).toBeInTheDocument();
    await pasteInto(within(dialog).getByLabelText('Lý do'), 'Sai sót cơ cấu giải, Hội đồng họp lại');
    await userEvent.click(within(dialog).getByRole('button', { name: /Mở khóa kết quả/ }));
    expect(await screen.findByText(/Dự kiến phiên bản 4/)).toBeInTheDocument();
    expect(world.requests.find((r) => r.path.endsWith('/unlock'))?.body).toEqual({ reason: 'Sai sót cơ cấu giải, Hội đồng họp lại' });
  });

  it('leaves the winners to the committee', async () => {
    renderApp('/awards?contest=1&round=7&tab=winners', 'token-organizer');
    expect(await screen.findByText('Việc xét giải do Hội đồng giám khảo thực hiện; bạn có thể xem cơ cấu giải.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Lập dự kiến/ })).not.toBeInTheDocument();
  });
});
