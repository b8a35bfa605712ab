/**
 * Kiểm tra giấy chứng nhận: where the QR code printed on a certificate leads (/verify/{code} is
 * sent here by the server). It shows what the contest issued under that code — the name masked,
 * the prize, contest, round and date — so anyone holding the paper can tell a real one from a fake.
 */
import { h } from '../../lib/dom';
import { t } from '../../lib/i18n';
import { ApiError, get } from '../../lib/api-client';
import { errorNotice, heading, loading, notice } from '../../lib/ui';
import { render, type PageContext } from '../../lib/router';

export interface Verification {
  code: string;
  valid: boolean;
  kind: string;
  kindLabel: string;
  holder: string;
  unit?: string | null;
  prize: string;
  contest: string;
  round: string;
  issuedOn?: string | null;
}

export const fetchVerification = (code: string) =>
  get<Verification>(`/api/verify/${encodeURIComponent(code)}`, { auth: false });

/** 2026-12-06 → 06/12/2026: a calendar day, the same in every time zone. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

export async function verifyPage(context: PageContext): Promise<void> {
  const code = (context.params[0] ?? '').toUpperCase();
  context.main.append(heading(t('verify.title'), t('verify.lead')), loading());
  let v: Verification;
  try {
    v = await fetchVerification(code);
  } catch (e) {
    if (!context.active()) return;
    const body = e instanceof ApiError && e.status === 404
      ? notice('error', t('verify.notFound', { code }))
      : errorNotice(e, () => render());
    context.main.replaceChildren(heading(t('verify.title'), t('verify.lead')), body);
    return;
  }
  if (!context.active()) return;
  const rows: Array<[string, string]> = [
    [t('verify.code'), v.code],
    [t('verify.holder'), v.holder],
    ...(v.unit ? [[t('verify.unit'), v.unit] as [string, string]] : []),
    [t('verify.prize'), `${v.prize} (${v.kindLabel})`],
    [t('verify.contest'), v.contest],
    [t('verify.round'), v.round],
    ...(v.issuedOn ? [[t('verify.issuedOn'), formatDay(v.issuedOn)] as [string, string]] : []),
  ];
  context.main.replaceChildren(
    heading(t('verify.title'), t('verify.lead')),
    v.valid ? notice('ok', t('verify.valid')) : notice('warn', t('verify.invalid')),
    h('dl', { class: 'verification' }, rows.flatMap(([label, value]) => [h('dt', null, label), h('dd', null, value)])),
    h('p', { class: 'muted' }, t('verify.masked')));
}
