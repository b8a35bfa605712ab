import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { committeeWorld } from '@/testing/committee-handlers';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { pasteInto } from '@/testing/type-fast';

let world: ReturnType<typeof committeeWorld>;

beforeEach(() => {
  world = committeeWorld();
  server.use(...world.handlers);
});

const tierRows = () => screen.getAllByTestId('tier-row');

describe('prize rules', () => {
  it('shows the API complaint at the tier that broke the order, then saves the corrected tiers', async () => {
    renderApp('/awards?contest=1&round=7', 'token-committee');
    expect(await screen.findByDisplayValue('Giải Nhất')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Thêm hạng giải/ }));
    const third = tierRows()[2];
    expect(within(third).getByDisplayValue('Giải Ba')).toBeInTheDocument();
    const amount = within(third).getByLabelText('Giá trị (đồng)');
    await userEvent.clear(amount);
    await pasteInto(amount, '3000000');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu cơ cấu giải' }));
    expect(await within(tierRows()[2]).findByText('Hạng giải xếp từ cao xuống thấp: giá trị không được tăng.')).toBeInTheDocument();
    expect(within(tierRows()[1]).queryByText(/không được tăng/)).not.toBeInTheDocument();

    await userEvent.clear(within(tierRows()[2]).getByLabelText('Giá trị (đồng)'));
    await pasteInto(within(tierRows()[2]).getByLabelText('Giá trị (đồng)'), '500000');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu cơ cấu giải' }));
    expect(await screen.findByText('Đã lưu.')).toBeInTheDocument();
    expect(world.requests.at(-1)?.body).toEqual({
      tiers: [
        { name: 'Giải Nhất', count: 1, amountVnd: 2_000_000, collectivePoints: 5 },
        { name: 'Giải Nhì', count: 2, amountVnd: 1_000_000, collectivePoints: 3 },
        { name: 'Giải Ba', count: 1, amountVnd: 500_000, collectivePoints: 0 },
      ],
      eligibility: { minScore: null, allCorrectOnly: false, groups: [] },
    });
  });

  it('only shows the rules of a signed scope', async () => {
    world.rules['rounds/7'].locked = true;
    renderApp('/awards?contest=1&round=7', 'token-committee');
    expect(await screen.findByText(/Kết quả đã được ký duyệt nên cơ cấu giải chỉ được xem/)).toBeInTheDocument();
    expect(screen.getByDisplayValue('Giải Nhất')).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Lưu cơ cấu giải' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Thêm hạng giải/ })).not.toBeInTheDocument();
  });

  it('turns read-only when someone signed while the form was open (409 AWARDS_LOCKED)', async () => {
    renderApp('/awards?contest=1&round=7', 'token-committee');
    await screen.findByDisplayValue('Giải Nhất');
    world.rules['rounds/7'].locked = true;
    await userEvent.click(screen.getByRole('button', { name: 'Lưu cơ cấu giải' }));
    expect(await screen.findByText('Kết quả đã được ký duyệt; chỉ quản trị viên mở khóa (có lý do) mới được xét lại.')).toBeInTheDocument();
    expect(await screen.findByText(/cơ cấu giải chỉ được xem/)).toBeInTheDocument();
    expect(screen.getByDisplayValue('Giải Nhất')).toBeDisabled();
  });

  it('edits the contest-wide policy and collective prizes', async () => {
    renderApp('/awards?contest=1&round=0', 'token-committee');
    expect(await screen.findByDisplayValue('Giải tập thể xuất sắc')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Mỗi người chỉ nhận một giải' })).toBeChecked();
    expect(screen.getByLabelText('Cán bộ, công chức, viên chức')).toBeChecked();
    expect(screen.getByText(/trọng số tỷ lệ tham gia × tỷ lệ tham gia/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('switch', { name: 'Mỗi người chỉ nhận một giải' }));
    await userEvent.click(screen.getByRole('button', { name: 'Lưu cơ cấu giải' }));
    expect(await screen.findByText('Đã lưu.')).toBeInTheDocument();
    expect(world.requests.at(-1)?.body).toMatchObject({
      onePrizePerPerson: false,
      eligibility: { groups: ['OFFICIAL'] },
      collective: { rateWeight: 0.7, pointsWeight: 0.3, minParticipants: 10, tiers: [{ name: 'Giải tập thể xuất sắc', count: 1, amountVnd: 5_000_000 }] },
    });
  });

  it('takes citizen IDs for the exclusion list, names the bad line, and never shows an ID back', async () => {
    renderApp('/awards?contest=1&round=0', 'token-committee');
    expect(await screen.findByText('1. Tổ thư ký Hội đồng')).toBeInTheDocument();
    const ids = screen.getByLabelText('Số định danh cá nhân (mỗi dòng một số)');
    await pasteInto(ids, '075090000001\n12345');
    await pasteInto(screen.getByLabelText('Ghi chú'), 'Tổ giúp việc');
    await userEvent.click(screen.getByRole('button', { name: 'Thêm vào danh sách' }));
    expect(await screen.findByText('Dòng 2 (12345): Số định danh cá nhân phải gồm đúng 12 chữ số.')).toBeInTheDocument();
    expect(world.requests.at(-1)?.body).toEqual({ citizenIds: ['075090000001', '12345'], note: 'Tổ giúp việc' });

    await userEvent.clear(ids);
    await pasteInto(ids, '075090000001, 075090000002');
    await userEvent.click(screen.getByRole('button', { name: 'Thêm vào danh sách' }));
    expect(await screen.findByText('Đã thêm 2 người (0 người đã có trong danh sách).')).toBeInTheDocument();
    expect(await screen.findByText('2. Tổ giúp việc')).toBeInTheDocument();
    expect(screen.getByLabelText('Số định danh cá nhân (mỗi dòng một số)')).toHaveValue('');
    expect(document.body).not.toHaveTextContent('075090000001');
  });
});
