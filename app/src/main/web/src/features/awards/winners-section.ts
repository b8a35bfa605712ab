/**
 * Winners (danh sách đoạt giải) on the contest home: every decision the committee has published,
 * the whole contest's first and then the rounds newest first, as people look for the latest
 * results. A logged-in winner sees their own prize said plainly and their row marked.
 */
import { h, uid } from '../../lib/dom';
import { t } from '../../lib/i18n';
import { loggedIn } from '../../lib/auth-store';
import { formatDateTime, formatNumber } from '../../lib/format';
import { errorNotice, errorText, notice } from '../../lib/ui';
import type { PageContext } from '../../lib/router';
import type { Contest } from '../contest';
import { fetchMyCertificate, fetchMyCertificates, fetchMyResults, fetchWinners, type MyCertificate, type MyResults, type PublicUnit, type PublicWinner, type WinnersSection } from './api';

/** Rows shown before "show all": a long list should not push the rules off a phone screen. */
const FIRST_ROWS = 10;

/** A prize of mine, where the page can point at it. */
interface Mine {
  tier: string;
  amountVnd: number;
  where: string;
  roundId: number | null;
  rank: number | null;
}

/**
 * The section's place on the page, filled once the list arrives. Before any round has ended
 * nobody expects results, so an empty list shows nothing; after, a short line says they are not out yet.
 */
export function winnersSection(context: PageContext, contest: Contest): HTMLElement {
  const slot = h('section', { class: 'winners', 'aria-labelledby': 'winners-title', hidden: true });
  const resultsAwaited = contest.rounds.some((r) => r.status === 'ENDED');
  const load = async () => {
    try {
      const [sections, mine, certificates] = await Promise.all([
        fetchWinners(contest.id),
        loggedIn() ? fetchMyResults().catch(() => null) : Promise.resolve(null),
        // a bonus: without it the winners still show
        loggedIn() ? fetchMyCertificates().catch(() => []) : Promise.resolve([]),
      ]);
      if (!context.active()) return;
      const ours = certificates.filter((c) => c.contestId === contest.id);
      if (sections.length === 0 && !resultsAwaited && ours.length === 0) return;
      slot.replaceChildren(title(), ...(ours.length ? [myCertificates(ours)] : []), ...content(sections, myPrizes(mine, contest.id)));
      slot.hidden = false;
    } catch (e) {
      if (!context.active() || !resultsAwaited) return;
      slot.replaceChildren(title(), errorNotice(e, () => void load()));
      slot.hidden = false;
    }
  };
  void load();
  return slot;
}

const title = () => h('h2', { id: 'winners-title' }, t('winners.title'));

function content(sections: WinnersSection[], mine: Mine[]): HTMLElement[] {
  if (sections.length === 0) return [h('p', { class: 'muted' }, t('winners.notYet'))];
  const parts: HTMLElement[] = [];
  if (mine.length) parts.push(myPrizeNotice(mine));
  const newestFirst = [...sections].reverse();
  for (const section of newestFirst) parts.push(sectionBlock(section, mine));
  return parts;
}

/** My published prizes in this contest, from GET /api/me/results. */
function myPrizes(results: MyResults | null, contestId: number): Mine[] {
  if (!results) return [];
  const rounds: Mine[] = results.rounds
    .filter((r) => r.contestId === contestId && r.prize)
    .map((r) => ({ tier: r.prize!.tier, amountVnd: r.prize!.amountVnd, where: r.roundName, roundId: r.roundId, rank: r.rank }));
  const whole: Mine[] = results.contestPrizes
    .filter((p) => p.contestId === contestId)
    .map((p) => ({ tier: p.tier, amountVnd: p.amountVnd, where: t('winners.wholeContest'), roundId: null, rank: null }));
  return [...whole, ...rounds];
}

export function prizeText(tier: string, amountVnd: number): string {
  return amountVnd > 0 ? t('winners.tierAmount', { tier, amount: formatNumber(amountVnd) }) : tier;
}

/** My certificates of this contest (Kết quả của tôi), each with its download button. */
function myCertificates(certificates: MyCertificate[]): HTMLElement {
  const status = h('div', { class: 'certificate-status', 'aria-live': 'polite' });
  return h('div', { class: 'my-certificates' },
    h('h3', null, t('certificate.mine')),
    h('ul', null, certificates.map((c) => {
      const button = h('button', { class: 'btn btn-small', type: 'button' }, t('certificate.download')) as HTMLButtonElement;
      button.addEventListener('click', () => void save(c, button, status));
      return h('li', null, h('span', null, t('certificate.item', { prize: c.prize, where: c.roundName }), ' '), button);
    })),
    status);
}

async function save(certificate: MyCertificate, button: HTMLButtonElement, status: HTMLElement): Promise<void> {
  button.disabled = true;
  try {
    const file = `giay-chung-nhan-${certificate.code}.pdf`;
    const url = URL.createObjectURL(await fetchMyCertificate(certificate.code));
    const a = h('a', { href: url, download: file });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    status.replaceChildren(notice('ok', t('certificate.downloaded', { file })));
  } catch (e) {
    status.replaceChildren(notice('error', errorText(e)));
  } finally {
    button.disabled = false;
  }
}

function myPrizeNotice(mine: Mine[]): HTMLElement {
  return notice('ok',
    h('p', null, h('strong', null, t('winners.congratulations'))),
    h('ul', { class: 'my-prizes' }, mine.map((m) => h('li', null, t('winners.myPrize', { prize: prizeText(m.tier, m.amountVnd), where: m.where })))));
}

function sectionBlock(section: WinnersSection, mine: Mine[]): HTMLElement {
  const label = section.scope === 'CONTEST' ? t('winners.wholeContest') : section.label;
  const headingId = uid('winners');
  const block = h('div', { class: 'winners-block' },
    h('h3', { id: headingId }, label),
    section.publishedAt ? h('p', { class: 'muted published' }, t('winners.publishedAt', { at: formatDateTime(section.publishedAt) })) : null);
  if (section.winners.length) {
    const myRank = section.scope === 'ROUND'
      ? mine.find((m) => m.roundId === section.roundId && m.rank !== null) ?? null
      : null;
    block.append(...people(section.winners, label, myRank));
  }
  if (section.collective.length) {
    block.append(h('h4', null, t('winners.collective')), units(section.collective, label));
  }
  if (!section.winners.length && !section.collective.length) {
    block.append(h('p', { class: 'muted' }, t('winners.noneAwarded')));
  }
  return block;
}

/** Consecutive items of the same tier, in the published order (highest tier first). */
function byTier<T extends { tier: string; amountVnd: number }>(items: T[]): Array<{ tier: string; amountVnd: number; items: T[] }> {
  const groups: Array<{ tier: string; amountVnd: number; items: T[] }> = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.tier === item.tier) last.items.push(item);
    else groups.push({ tier: item.tier, amountVnd: item.amountVnd, items: [item] });
  }
  return groups;
}

/**
 * One table per decision, a row group per tier with the tier as its header: a screen reader
 * says "Giải Nhất" with each name. Three narrow columns fit a 360 px screen; the wrapper scrolls
 * sideways rather than let a long unit name widen the page.
 */
function people(winners: PublicWinner[], label: string, mine: Mine | null): HTMLElement[] {
  const tableId = uid('winners-table');
  const rows: HTMLTableRowElement[] = [];
  const groups = byTier(winners).map((group) => {
    const tierRow = h('tr', { class: 'tier-row' },
      h('th', { scope: 'rowgroup', colspan: '3' }, prizeText(group.tier, group.amountVnd)));
    const body = h('tbody', null, tierRow, group.items.map((w) => {
      const isMe = mine !== null && mine.rank === w.rank && mine.tier === w.tier;
      const where = [w.unit, w.commune].filter(Boolean).join(' · ');
      const row = h('tr', { class: isMe ? 'me' : undefined, 'aria-current': isMe ? 'true' : undefined },
        h('td', { class: 'num rank' }, formatNumber(w.rank)),
        h('td', null, h('span', { class: 'name' }, w.displayName), isMe ? h('span', { class: 'you' }, ` (${t('ranking.you')})`) : null,
          where ? h('span', { class: 'where' }, where) : null),
        h('td', { class: 'num' }, formatNumber(w.score)));
      rows.push(row);
      return row;
    }));
    return { body, rows: group.items.length };
  });
  const table = h('table', { class: 'leaderboard winners-table', id: tableId },
    h('caption', { class: 'sr-only' }, t('winners.caption', { label })),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col', class: 'num rank-col' }, t('ranking.rank')),
      h('th', { scope: 'col' }, t('ranking.name')),
      h('th', { scope: 'col', class: 'num' }, t('ranking.score')))),
    groups.map((g) => g.body));
  const parts: HTMLElement[] = [h('div', { class: 'table-wrap' }, table)];
  const myIndex = rows.findIndex((r) => r.classList.contains('me'));
  if (rows.length > FIRST_ROWS && myIndex < FIRST_ROWS) {
    const toggle = h('button', { class: 'btn', type: 'button', 'aria-controls': tableId, 'aria-expanded': 'false' }) as HTMLButtonElement;
    const show = (all: boolean) => {
      rows.forEach((row, i) => (row.hidden = !all && i >= FIRST_ROWS));
      // a tier whose every row is folded away folds with them, header and all
      groups.forEach((g) => (g.body.hidden = [...g.body.rows].slice(1).every((r) => r.hidden)));
      toggle.textContent = all ? t('winners.showFewer') : t('winners.showAll', { n: formatNumber(rows.length) });
      toggle.setAttribute('aria-expanded', String(all));
    };
    toggle.addEventListener('click', () => show(toggle.getAttribute('aria-expanded') !== 'true'));
    show(false);
    parts.push(toggle);
  }
  return parts;
}

/**
 * Units with a collective prize: participants, the participation rate when the units have
 * headcounts (a formula on points alone leaves it out), and the points their winners brought.
 */
function units(list: PublicUnit[], label: string): HTMLElement {
  const withRate = list.some((u) => u.participationPercent !== null);
  const columns = withRate ? 4 : 3;
  return h('div', { class: 'table-wrap' }, h('table', { class: 'leaderboard winners-table' },
    h('caption', { class: 'sr-only' }, t('winners.collectiveCaption', { label })),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, t('ranking.unit')),
      h('th', { scope: 'col', class: 'num' }, t('ranking.participants')),
      withRate ? h('th', { scope: 'col', class: 'num' }, t('ranking.rate')) : null,
      h('th', { scope: 'col', class: 'num' }, t('winners.points')))),
    byTier(list).map((group) => h('tbody', null,
      h('tr', { class: 'tier-row' }, h('th', { scope: 'rowgroup', colspan: String(columns) }, prizeText(group.tier, group.amountVnd))),
      group.items.map((u) => h('tr', null,
        h('td', null, u.unit),
        h('td', { class: 'num' }, formatNumber(u.participants)),
        withRate ? h('td', { class: 'num' }, u.participationPercent === null ? '—' : `${formatNumber(Math.round(u.participationPercent * 10) / 10)} %`) : null,
        h('td', { class: 'num' }, formatNumber(u.points))))))));
}
