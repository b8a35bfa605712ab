/**
 * Kết quả cuộc thi: the final report's figures for everyone, from GET /api/contests/{id}/results —
 * totals, each Vietnam day, groups, units and communes with their participation rate, the score
 * distribution, the published prizes and the frozen rankings' hashes. No personal data reaches it:
 * the server folds small units into one line and names winners as the public list does.
 *
 * Phone first: every table sits in a wrapper that scrolls on its own, so the page never scrolls
 * sideways at 360 px. Bars are drawn beside their number, which is always written out, so the
 * figure never rests on a bar's length or colour.
 */
import { h } from '../../lib/dom';
import { t } from '../../lib/i18n';
import { formatDateTime, formatNumber } from '../../lib/format';
import { errorNotice, heading, link, loading, notice } from '../../lib/ui';
import { render, type PageContext } from '../../lib/router';
import { fetchResults, type ContestResults, type FrozenRanking, type ResultArea, type ResultUnitPrize, type ResultWinner } from './api';

export async function resultsPage(context: PageContext): Promise<void> {
  const contestId = Number(context.params[0]);
  context.main.append(loading());
  try {
    const results = await fetchResults(contestId);
    if (!context.active()) return;
    context.main.replaceChildren(...page(results));
  } catch (e) {
    if (!context.active()) return;
    context.main.replaceChildren(heading(t('results.title')), errorNotice(e, () => render()),
      h('p', null, link(`/contest/${contestId}`, t('results.back'))));
  }
}

function page(r: ContestResults): HTMLElement[] {
  const head = h('div', { class: 'page-head' },
    h('p', { class: 'eyebrow' }, link(`/contest/${r.contestId}`, r.contestName)),
    h('h1', null, t('results.title')),
    h('p', { class: 'lead' }, t('contest.organizer') + ': ' + r.organizer),
    r.generatedAt ? h('p', { class: 'muted as-of' }, t('results.asOf', { at: formatDateTime(r.generatedAt) })) : null);
  if (r.totals.participants === 0) {
    return [head, notice('info', t('results.none'))];
  }
  return [
    head,
    totalsSection(r),
    r.days.length ? section('results-days', t('results.days'), daysTable(r)) : null,
    r.groups.length ? section('results-groups', t('results.groups'), groupsTable(r)) : null,
    r.units.length ? section('results-units', t('results.units'), areaTable(r.units, t('ranking.unit'), t('results.units'))) : null,
    r.communes.length ? section('results-communes', t('results.communes'), areaTable(r.communes, t('ranking.commune'), t('results.communes'))) : null,
    r.minCount > 1 ? h('p', { class: 'muted small' }, t('results.folded', { n: r.minCount })) : null,
    r.scores.length ? section('results-scores', t('results.scores'), scoresTable(r)) : null,
    prizesSection(r),
    r.rankings.length ? section('results-rankings', t('results.rankings'),
      h('p', { class: 'muted small' }, t('results.rankingsLead')), h('ul', { class: 'hashes' }, r.rankings.map(rankingItem))) : null,
  ].filter((e): e is HTMLElement => e !== null);
}

function section(id: string, title: string, ...content: Array<HTMLElement | null>): HTMLElement {
  return h('section', { class: 'results-section', 'aria-labelledby': id }, h('h2', { id }, title), ...content);
}

const percent = (value: number | null) => value === null ? '—' : `${formatNumber(Math.round(value * 10) / 10)} %`;
const decimal = (value: number | null) => value === null ? '—' : formatNumber(Math.round(value * 100) / 100);

/**
 * A calendar day the server already counted in Vietnam time: written as it is, never shifted by the
 * device's zone; without its year when every day shares one (the column header then names it), so
 * four columns fit a 360 px screen.
 */
function formatDay(day: string, withYear: boolean): string {
  const [y, m, d] = day.split('-');
  return withYear ? `${d}/${m}/${y}` : `${d}/${m}`;
}

function totalsSection(r: ContestResults): HTMLElement {
  const s = r.totals;
  const stat = (key: string, value: string) =>
    h('div', { class: 'stat', 'data-figure': key }, h('dt', null, t(`results.total.${key}`)), h('dd', null, value));
  return section('results-totals', t('results.totals'), h('dl', { class: 'stats' },
    stat('registrations', formatNumber(s.registrations)),
    stat('participants', formatNumber(s.participants)),
    stat('attemptsStarted', formatNumber(s.attemptsStarted)),
    stat('attemptsSubmitted', formatNumber(s.attemptsSubmitted)),
    stat('completion', percent(s.completionPercent)),
    stat('averageScore', decimal(s.averageScore)),
    stat('maxScore', s.maxScore === null ? '—' : formatNumber(s.maxScore)),
    stat('disqualified', formatNumber(s.disqualifiedContestants))),
    r.regrades > 0 ? h('p', { class: 'muted small' }, t('results.regrades', { n: r.regrades, changed: formatNumber(r.attemptsRegraded) })) : null);
}

/** A number and a bar as long as its share of the column's largest; the bar is decoration, the number is the figure. */
function barCell(value: number, max: number, text = formatNumber(value)): HTMLElement {
  const bar = h('span', { class: 'bar', 'aria-hidden': 'true' });
  // through the CSSOM, which the page's strict style-src allows (a style attribute it would not)
  bar.style.width = `${max > 0 ? Math.max(value > 0 ? 2 : 0, Math.round((value / max) * 100)) : 0}%`;
  return h('td', { class: 'bar-cell' }, h('span', { class: 'bar-line' },
    h('span', { class: 'bar-value' }, text), h('span', { class: 'bar-track' }, bar)));
}

interface Column {
  label: string;
  num?: boolean;
  bar?: boolean;
  /** Left out on a narrow phone, where four columns would squeeze the names. */
  wide?: boolean;
}

function table(caption: string, columns: Column[], rows: HTMLTableRowElement[], extraClass = ''): HTMLElement {
  // a wrapper that may scroll sideways on a phone is reachable and named for keyboard users
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption }, h('table', { class: `leaderboard results-table ${extraClass}`.trim() },
    h('caption', { class: 'sr-only' }, caption),
    h('thead', null, h('tr', null, columns.map((c) =>
      h('th', { scope: 'col', class: [c.bar ? 'bar-col' : c.num ? 'num' : '', c.wide ? 'wide-only' : ''].join(' ').trim() || undefined },
        c.label)))),
    h('tbody', null, rows)));
}

function daysTable(r: ContestResults): HTMLElement {
  const max = Math.max(...r.days.map((d) => d.attemptsStarted));
  const years = new Set(r.days.map((d) => d.day.slice(0, 4)));
  const oneYear = years.size === 1 ? [...years][0] : null;
  return table(t('results.days'), [
    { label: oneYear ? t('results.dayOfYear', { year: oneYear }) : t('results.day') },
    { label: t('results.attempts'), bar: true },
    { label: t('results.newParticipants'), num: true },
    { label: t('results.newRegistrations'), num: true },
  ], r.days.map((d) => h('tr', null,
    h('th', { scope: 'row', class: 'day' }, formatDay(d.day, oneYear === null)),
    barCell(d.attemptsStarted, max),
    h('td', { class: 'num' }, formatNumber(d.newParticipants)),
    h('td', { class: 'num' }, formatNumber(d.registrations)))));
}

function groupLabel(code: string, label: string): string {
  if (code === 'OTHER') return t('results.otherGroups');
  const key = `group.${code}`;
  const translated = t(key);
  return translated === key ? label : translated;
}

function groupsTable(r: ContestResults): HTMLElement {
  const max = Math.max(...r.groups.map((g) => g.participants));
  return table(t('results.groups'), [
    { label: t('results.group') },
    { label: t('ranking.participants'), bar: true },
    { label: t('results.attempts'), num: true, wide: true },
    { label: t('results.averageScore'), num: true },
  ], r.groups.map((g) => h('tr', null,
    h('th', { scope: 'row' }, groupLabel(g.code, g.label)),
    barCell(g.participants, max),
    h('td', { class: 'num wide-only' }, formatNumber(g.attempts)),
    h('td', { class: 'num' }, decimal(g.averageScore)))));
}

/** Units or communes: participants, and the participation rate where the catalog has a headcount. */
function areaTable(areas: ResultArea[], nameLabel: string, caption: string): HTMLElement {
  const withRate = areas.some((a) => a.ratePercent !== null);
  const maxRate = Math.max(0, ...areas.map((a) => a.ratePercent ?? 0));
  const maxPeople = Math.max(...areas.map((a) => a.participants));
  return table(caption, [
    { label: nameLabel },
    { label: t('ranking.participants'), bar: !withRate, num: withRate },
    ...(withRate ? [{ label: t('results.headcount'), num: true, wide: true }, { label: t('results.rate'), bar: true }] : []),
  ], areas.map((a) => h('tr', null,
    h('th', { scope: 'row' }, a.name),
    withRate ? h('td', { class: 'num' }, formatNumber(a.participants)) : barCell(a.participants, maxPeople),
    withRate ? h('td', { class: 'num wide-only' }, a.headcount === null ? '—' : formatNumber(a.headcount)) : null,
    withRate ? (a.ratePercent === null ? h('td', { class: 'bar-cell' }, h('span', { class: 'bar-line' }, h('span', { class: 'bar-value' }, '—')))
      : barCell(a.ratePercent, maxRate, percent(a.ratePercent))) : null)));
}

function scoresTable(r: ContestResults): HTMLElement {
  const max = Math.max(...r.scores.map((s) => s.attempts));
  return table(t('results.scores'), [
    { label: t('ranking.score'), num: true },
    { label: t('results.gradedAttempts'), bar: true },
  ], r.scores.map((s) => h('tr', null,
    h('th', { scope: 'row', class: 'num' }, formatNumber(s.score)),
    barCell(s.attempts, max))), 'score-table');
}

function prizeText(tier: string, amountVnd: number): string {
  return amountVnd > 0 ? t('winners.tierAmount', { tier, amount: formatNumber(amountVnd) }) : tier;
}

/** Consecutive items sharing a key, in the published order. */
function runs<T>(items: T[], key: (item: T) => string): T[][] {
  const out: T[][] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (last && key(last[0]) === key(item)) last.push(item);
    else out.push([item]);
  }
  return out;
}

/** Scope names come from the server in Vietnamese; the whole contest's is the one it says itself. */
const scopeLabel = (scope: string) => scope === 'Toàn cuộc thi' ? t('winners.wholeContest') : scope;

function prizesSection(r: ContestResults): HTMLElement {
  const parts: HTMLElement[] = [];
  if (!r.individualPrizes.length && !r.collectivePrizes.length) {
    parts.push(h('p', { class: 'muted' }, t('winners.notYet')));
  }
  for (const scope of runs(r.individualPrizes, (w) => w.scope)) {
    const label = scopeLabel(scope[0].scope);
    parts.push(h('h3', null, label), winnersTable(scope, label));
  }
  for (const scope of runs(r.collectivePrizes, (u) => u.scope)) {
    const label = scopeLabel(scope[0].scope);
    parts.push(h('h3', null, `${t('winners.collective')} · ${label}`), unitsTable(scope, label));
  }
  return section('results-prizes', t('results.prizes'), ...parts);
}

function winnersTable(winners: ResultWinner[], label: string): HTMLElement {
  const caption = t('winners.caption', { label });
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption }, h('table', { class: 'leaderboard winners-table' },
    h('caption', { class: 'sr-only' }, caption),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col', class: 'num rank-col' }, t('ranking.rank')),
      h('th', { scope: 'col' }, t('ranking.name')),
      h('th', { scope: 'col', class: 'num' }, t('ranking.score')))),
    runs(winners, (w) => w.tier).map((tier) => h('tbody', null,
      h('tr', { class: 'tier-row' }, h('th', { scope: 'rowgroup', colspan: '3' }, prizeText(tier[0].tier, tier[0].amountVnd))),
      tier.map((w) => {
        const where = [w.unit, w.commune].filter(Boolean).join(' · ');
        return h('tr', null,
          h('td', { class: 'num rank' }, formatNumber(w.rank)),
          h('td', null, h('span', { class: 'name' }, w.displayName), where ? h('span', { class: 'where' }, where) : null),
          h('td', { class: 'num' }, formatNumber(w.score)));
      })))));
}

function unitsTable(list: ResultUnitPrize[], label: string): HTMLElement {
  const withRate = list.some((u) => u.ratePercent !== null);
  const columns = withRate ? 4 : 3;
  const caption = t('winners.collectiveCaption', { label });
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption }, h('table', { class: 'leaderboard winners-table' },
    h('caption', { class: 'sr-only' }, caption),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, t('ranking.unit')),
      h('th', { scope: 'col', class: 'num' }, t('ranking.participants')),
      withRate ? h('th', { scope: 'col', class: 'num' }, t('ranking.rate')) : null,
      h('th', { scope: 'col', class: 'num' }, t('winners.points')))),
    runs(list, (u) => u.tier).map((tier) => h('tbody', null,
      h('tr', { class: 'tier-row' }, h('th', { scope: 'rowgroup', colspan: String(columns) }, prizeText(tier[0].tier, tier[0].amountVnd))),
      tier.map((u) => h('tr', null,
        h('td', null, u.unit),
        h('td', { class: 'num' }, formatNumber(u.participants)),
        withRate ? h('td', { class: 'num' }, percent(u.ratePercent)) : null,
        h('td', { class: 'num' }, formatNumber(u.points))))))));
}

/** A frozen ranking: when it was fixed, how many entries, and the hash anyone can recompute from the published list. */
function rankingItem(ranking: FrozenRanking): HTMLElement {
  return h('li', { class: 'card hash-card' },
    h('h3', null, ranking.round),
    h('dl', { class: 'facts-inline' },
      h('dt', null, t('results.frozenAt')), h('dd', null, formatDateTime(ranking.computedAt)),
      h('dt', null, t('results.entries')), h('dd', null, formatNumber(ranking.entries)),
      ranking.predictionActual !== null ? [h('dt', null, t('results.predictionActual')), h('dd', null, formatNumber(ranking.predictionActual))] : null,
      h('dt', null, t('results.hash')), h('dd', null, h('code', { class: 'hash' }, ranking.hash))));
}
