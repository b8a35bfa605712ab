import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { committeeWorld } from '@/testing/committee-handlers';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';

const template = {
  contestId: 1,
  issuer: ['UBND TỈNH ĐỒNG NAI', 'BAN TỔ CHỨC CUỘC THI'],
  title: 'GIẤY CHỨNG NHẬN',
  body: ['Ban Tổ chức cuộc thi “{contest}” chứng nhận', '{name}', 'Đơn vị: {unit}', '{prize}', '{round}'],
  place: 'Đồng Nai',
  signerTitle: 'TRƯỞNG BAN TỔ CHỨC',
  signerName: '',
  primaryColor: '#B3261E',
  accentColor: '#B8860B',
  participationEnabled: false,
  hasLogo: false,
  hasSignature: false,
  saved: false,
  placeholders: ['{contest}', '{date}', '{name}', '{prize}', '{round}', '{unit}'],
  maxImageBytes: 1048576,
};

let saved: unknown[];

beforeEach(() => {
  saved = [];
  server.use(
    ...committeeWorld().handlers,
    http.get('/api/admin/contests/:id/certificate-template', () => HttpResponse.json(template)),
    http.get('/api/admin/contests/:id/certificate-template/preview.png', () =>
      new HttpResponse(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), { headers: { 'Content-Type': 'image/png' } }),
    ),
    http.put('/api/admin/contests/:id/certificate-template', async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      saved.push(body);
      if ((body.body as string[]).some((l) => l.includes('{ten}'))) {
        return HttpResponse.json(
          {
            status: 422, code: 'VALIDATION_FAILED', message: 'Thông tin chưa hợp lệ, vui lòng kiểm tra lại.', messageEn: 'Some fields are invalid.',
            errors: [{ field: 'body[0]', code: 'UNKNOWN_PLACEHOLDER', message: 'Dòng 1 dùng trường không có: {ten}.', messageEn: 'Line 1 uses unknown placeholders: {ten}.' }],
          },
          { status: 422 },
        );
      }
      return HttpResponse.json({ ...template, ...body, saved: true });
    }),
    http.get('/api/admin/rounds/7/certificates', () =>
      HttpResponse.json({
        scope: 'R7', label: 'Tuần 1', decisionStatus: 'SIGNED', decisionStatusLabel: 'Đã ký duyệt', participationEnabled: true, participants: 1250,
        items: [
          { code: '7KQ2M9XAB3CD4EFG', kind: 'PRIZE', kindLabel: 'Giải cá nhân', holder: 'Nguyễn Thị Ánh Tuyết', unit: 'Sở Khoa học và Công nghệ', prize: 'Giải Nhất', accountId: 101 },
        ],
      }),
    ),
    http.get('/api/admin/rounds/8/certificates', () =>
      HttpResponse.json(
        { status: 409, code: 'DECISION_NOT_SIGNED', message: 'Chưa có kết quả xét giải được ký duyệt cho đợt thi này; giấy chứng nhận chỉ cấp từ kết quả đã ký duyệt.', messageEn: 'No signed decision.' },
        { status: 409 },
      ),
    ),
  );
});

describe('certificates', () => {
  it('shows the server’s complaint at the body lines, then saves the corrected layout as lines', async () => {
    renderApp('/certificates?contest=1&round=7', 'token-admin');
    const body = await screen.findByLabelText('Nội dung (mỗi dòng một dòng in)');
    expect(body).toHaveValue(template.body.join('\n'));
    await userEvent.clear(body);
    await userEvent.type(body, 'Chứng nhận {{ten}{enter}{{name}');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu mẫu' }));
    expect(await screen.findByText('Dòng 1 dùng trường không có: {ten}.')).toBeInTheDocument();

    await userEvent.clear(body);
    await userEvent.type(body, 'Chứng nhận{enter}{{name}{enter}{enter}{{prize}');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu mẫu' }));
    expect(await screen.findByText('Đã lưu.')).toBeInTheDocument();
    expect(saved.at(-1)).toMatchObject({
      issuer: ['UBND TỈNH ĐỒNG NAI', 'BAN TỔ CHỨC CUỘC THI'],
      body: ['Chứng nhận', '{name}', '{prize}'],
      participationEnabled: false,
    });
  });

  it('lists a signed round’s certificates with their codes and offers the ZIPs', async () => {
    renderApp('/certificates?contest=1&round=7', 'token-committee');
    const row = (await screen.findByText('Nguyễn Thị Ánh Tuyết')).closest('tr')!;
    expect(within(row).getByText('7KQ2M9XAB3CD4EFG')).toBeInTheDocument();
    expect(within(row).getByText('Giải Nhất')).toBeInTheDocument();
    expect(screen.getByText('Kết quả xét giải: Đã ký duyệt')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Tải tất cả \(ZIP\)/ })).toBeEnabled();
    expect(screen.getByRole('button', { name: /Tải giấy chứng nhận tham gia của 1.250 người/ })).toBeInTheDocument();
  });

  it('says why a round without a signed decision has no certificates', async () => {
    renderApp('/certificates?contest=1&round=8', 'token-committee');
    expect(await screen.findByText(/giấy chứng nhận chỉ cấp từ kết quả đã ký duyệt/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Tải tất cả/ })).not.toBeInTheDocument();
  });
});
