/**
 * Leaderboards (bảng xếp hạng): individuals with "my rank", and the collective boards of units
 * and communes (giải tập thể), for a round or for a whole contest.
 */
import { h } from '../../lib/dom';
import { lang, t } from '../../lib/i18n';
import { ApiError } from '../../lib/api-client';
import { loggedIn } from '../../lib/auth-store';
import { formatDuration, formatNumber } from '../../lib/format';
import { errorNotice, loading, notice } from '../../lib/ui';
import type { PageContext } from '../../lib/router';
import { fetchContest, fetchContests } from '../contest';
import { MINE_BUSY, fetchEntries, fetchGroups, fetchMine, type Board, type Entry, type GroupRow } from './api';

const PAGE = 50;
type Tab = 'people' | 'units' | 'communes';

export const roundLeaderboardPage = (context: PageContext) => leaderboardPage(context, { kind: 'round', id: Number(context.params[0]) });
export const contestLeaderboardPage = (context: PageContext) => leaderboardPage(context, { kind: 'contest', id: Number(context.params[0]) });

async function leaderboardPage(context: PageContext, board: Board): Promise<void> {
  const tab = (['people', 'units', 'communes'].includes(context.query.get('tab') ?? '') ? context.query.get('tab') : 'people') as Tab;
  const path = `/${board.kind}/${board.id}/leaderboard`;
  const title = h('h1', null, t('ranking.title'));
  const subtitle = h('p', { class: 'lead' });
  context.main.append(h('div', { class: 'page-head' }, title, subtitle));
  void describe(board).then((text) => {
    if (text && context.active()) subtitle.textContent = text;
  });

  context.main.append(h('nav', { class: 'tabs', 'aria-label': t('ranking.boards') },
    (['people', 'units', 'communes'] as Tab[]).map((name) => h('a', {
      href: `#${path}${name === 'people' ? '' : `?tab=${name}`}`,
      'aria-current': name === tab ? 'page' : undefined,
    }, t(`ranking.tab.${name}`)))));

  const body = h('div', { class: 'board' }, loading());
  context.main.append(body);
  try {
    if (tab === 'people') await people(context, board, body);
    else await groups(context, board, tab, body);
  } catch (e) {
    if (!context.active()) return;
    body.replaceChildren(e instanceof ApiError && e.status === 404 ? notice('info', t('ranking.notAvailable')) : errorNotice(e));
  }
}

async function describe(board: Board): Promise<string | null> {
  try {
    if (board.kind === 'contest') return (await fetchContest(board.id)).name;
    for (const contest of await fetchContests()) {
      const round = contest.rounds.find((r) => r.id === board.id);
      if (round) return `${round.name} · ${contest.name}`;
    }
  } catch {
    // the title is enough without it
  }
  return null;
}

async function people(context: PageContext, board: Board, body: HTMLElement): Promise<void> {
  const [entries, found] = await Promise.all([
    fetchEntries(board, 0, PAGE),
    loggedIn() ? fetchMine(board) : Promise.resolve(null),
  ]);
  if (!context.active()) return;
  body.replaceChildren();
  const mine = found === MINE_BUSY ? null : found;
  if (found === MINE_BUSY) {
    // past capacity the board comes from the short cache; my own place has no shared copy
    body.append(h('p', { class: 'muted' }, t('ranking.mineBusy')));
  } else if (mine) {
    body.append(h('div', { class: 'my-rank', role: 'status' },
      h('strong', null, t('ranking.myRank', { rank: formatNumber(mine.rank) })), ' · ',
      t('ranking.scoreTime', { score: formatNumber(mine.score), time: formatDuration(mine.durationMs) })));
  } else if (loggedIn()) {
    body.append(h('p', { class: 'muted' }, t('ranking.notRanked')));
  }
  if (entries.length === 0) {
    body.append(notice('info', t('ranking.empty')));
    return;
  }
  const rows = h('tbody');
  const table = h('table', { class: 'leaderboard' },
    h('caption', { class: 'sr-only' }, t('ranking.tab.people')),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col', class: 'num' }, t('ranking.rank')),
      h('th', { scope: 'col' }, t('ranking.name')),
      h('th', { scope: 'col', class: 'num' }, t('ranking.score')),
      h('th', { scope: 'col', class: 'num' }, t('ranking.time')))),
    rows);
  const addRows = (list: Entry[]) => rows.append(...list.map((entry) => entryRow(entry, mine)));
  addRows(entries);
  body.append(h('div', { class: 'table-wrap' }, table));
  if (entries.length === PAGE) {
    let offset = PAGE;
    const more = h('button', { class: 'btn', type: 'button' }, t('ranking.more')) as HTMLButtonElement;
    more.addEventListener('click', async () => {
      more.disabled = true;
      try {
        const next = await fetchEntries(board, offset, PAGE);
        offset += next.length;
        addRows(next);
        if (next.length < PAGE) more.remove();
      } catch (e) {
        more.after(errorNotice(e));
      } finally {
        more.disabled = false;
      }
    });
    body.append(more);
  }
}

function entryRow(entry: Entry, mine: Entry | null): HTMLElement {
  const isMe = mine !== null && mine.rank === entry.rank && mine.displayName === entry.displayName;
  const where = [entry.unit, entry.commune].filter(Boolean).join(' · ');
  return h('tr', { class: isMe ? 'me' : undefined, 'aria-current': isMe ? 'true' : undefined },
    h('td', { class: 'num rank' }, formatNumber(entry.rank)),
    h('td', null, h('span', { class: 'name' }, entry.displayName), isMe ? h('span', { class: 'you' }, ` (${t('ranking.you')})`) : null,
      where ? h('span', { class: 'where' }, where) : null),
    h('td', { class: 'num' }, formatNumber(entry.score)),
    h('td', { class: 'num' }, formatDuration(entry.durationMs)));
}

async function groups(context: PageContext, board: Board, kind: 'units' | 'communes', body: HTMLElement): Promise<void> {
  const list = await fetchGroups(board, kind);
  if (!context.active()) return;
  body.replaceChildren();
  if (list.length === 0) {
    body.append(notice('info', t('ranking.empty')));
    return;
  }
  body.append(h('div', { class: 'table-wrap' }, h('table', { class: 'leaderboard' },
    h('caption', { class: 'sr-only' }, t(`ranking.tab.${kind}`)),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col', class: 'num' }, '#'),
      h('th', { scope: 'col' }, kind === 'units' ? t('ranking.unit') : t('ranking.commune')),
      h('th', { scope: 'col', class: 'num' }, t('ranking.participants')),
      h('th', { scope: 'col', class: 'num' }, t('ranking.rate')))),
    h('tbody', null, list.map((row: GroupRow, i) => h('tr', null,
      h('td', { class: 'num rank' }, formatNumber(i + 1)),
      h('td', null, row.name),
      h('td', { class: 'num' }, row.headcount ? `${formatNumber(row.participants)}/${formatNumber(row.headcount)}` : formatNumber(row.participants)),
      h('td', { class: 'num' }, row.participationRate == null ? '—' : percent(row.participationRate))))))));
}

/** The API gives participants / headcount as a share (0.4125 is 41,3 %). */
function percent(rate: number): string {
  return `${(rate * 100).toLocaleString(lang() === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 })} %`;
}
