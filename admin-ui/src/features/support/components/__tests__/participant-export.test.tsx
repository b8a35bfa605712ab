import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { vi } from 'vitest';
import { findDialog } from '@/testing/dialog';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';
import { asSupport } from '@/testing/support-handlers';
import { pasteInto } from '@/testing/type-fast';

const exported: URLSearchParams[] = [];
let downloads: string[] = [];

beforeEach(() => {
  exported.length = 0;
  URL.createObjectURL = () => 'blob:export';
  URL.revokeObjectURL = () => {};
  downloads = [];
  // jsdom cannot follow the download link: record what the browser would save instead
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
  server.use(
    http.get('/api/admin/support/participants/export', ({ request }) => {
      exported.push(new URL(request.url).searchParams);
      return new HttpResponse('x', { headers: { 'Content-Disposition': 'attachment; filename="danh-sach-thi-sinh.xlsx"' } });
    }),
  );
});

afterEach(() => vi.restoreAllMocks());

describe('the participant list export', () => {
  it('downloads the list masked, and the desk is not offered it in clear', async () => {
    server.use(asSupport());
    renderApp('/support');
    await userEvent.click(await screen.findByRole('button', { name: /Xuất danh sách thí sinh/ }));
    const dialog = await findDialog('Xuất danh sách thí sinh');
    expect(within(dialog).queryByRole('checkbox')).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tải về' }));

    await waitFor(() => expect(exported).toHaveLength(1));
    expect(exported[0].get('format')).toBe('xlsx');
    expect(exported[0].has('unmasked')).toBe(false);
    expect(exported[0].has('reason')).toBe(false);
    await waitFor(() => expect(downloads).toEqual(['danh-sach-thi-sinh.xlsx']));
  });

  it('lets an ADMIN export in clear only with a reason, which travels with the request', async () => {
    renderApp('/support');
    await userEvent.click(await screen.findByRole('button', { name: /Xuất danh sách thí sinh/ }));
    const dialog = await findDialog('Xuất danh sách thí sinh');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /không che/ }));
    await pasteInto(await within(dialog).findByLabelText('Lý do'), 'Gửi danh sách cho Hội đồng đối chiếu');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tải về' }));

    await waitFor(() => expect(exported).toHaveLength(1));
    expect(exported[0].get('unmasked')).toBe('true');
    expect(exported[0].get('reason')).toBe('Gửi danh sách cho Hội đồng đối chiếu');
  });
});
