/** My attempts (lịch sử thi): every attempt with its round, status, score and duration, and any prize published for me. */
import { h } from '../../lib/dom';
import { t } from '../../lib/i18n';
import { ApiError } from '../../lib/api-client';
import { formatDateTime, formatDuration, formatNumber } from '../../lib/format';
import { errorNotice, heading, loading, notice } from '../../lib/ui';
import { navigate, render, type PageContext } from '../../lib/router';
import { fetchMyAttempts, type MyAttempt } from './api';
import { fetchMyResults, prizeText, type MyResults } from '../awards';

export async function historyPage(context: PageContext): Promise<void> {
  context.main.append(heading(t('history.title')), loading());
  let attempts: MyAttempt[];
  // prizes are a bonus on this screen: without them the attempts still show
  const results = fetchMyResults().catch(() => null);
  try {
    attempts = await fetchMyAttempts();
  } catch (e) {
    if (!context.active()) return;
    if (e instanceof ApiError && e.status === 401) {
      navigate('/login?next=/me/attempts', true);
      return;
    }
    context.main.replaceChildren(heading(t('history.title')), errorNotice(e, () => render()));
    return;
  }
  if (!context.active()) return;
  context.main.replaceChildren(heading(t('history.title')));
  const prizes = h('div', { class: 'my-prizes-slot' });
  context.main.append(prizes);
  void results.then((mine) => {
    if (context.active() && mine) prizes.replaceChildren(...myPrizes(mine));
  });
  if (attempts.length === 0) {
    context.main.append(notice('info', t('history.empty')), h('a', { class: 'btn btn-primary', href: '#/' }, t('history.toContest')));
    return;
  }
  context.main.append(h('ol', { class: 'history' }, attempts.map(item)));
}

function item(a: MyAttempt): HTMLElement {
  const open = a.status === 'OPEN';
  return h('li', { class: 'card attempt-item' },
    h('div', { class: 'round-head' },
      h('h2', null, `${a.roundName} · ${t('history.attemptNo', { n: a.attemptNo })}`),
      h('span', { class: `badge badge-${a.status.toLowerCase()}` }, t(`history.status.${a.status}`))),
    h('p', { class: 'muted' }, a.contestName),
    open
      ? h('p', null, t('history.startedAt', { at: formatDateTime(a.startedAt) }))
      : h('dl', { class: 'facts-inline' },
        h('dt', null, t('result.score')), h('dd', null, formatNumber(a.score ?? 0)),
        h('dt', null, t('result.correct')), h('dd', null, t('result.correctOf', { n: a.correctCount ?? 0, total: a.questionCount })),
        h('dt', null, t('result.duration')), h('dd', null, a.durationMs == null ? '—' : formatDuration(a.durationMs)),
        h('dt', null, t('result.submittedAt')), h('dd', null, a.submittedAt ? formatDateTime(a.submittedAt) : '—')),
    h('div', { class: 'actions' }, open
      ? h('a', { class: 'btn btn-primary', href: `#/attempt/${a.attemptId}` }, t('history.resume'))
      : h('a', { class: 'btn', href: `#/result/${a.attemptId}` }, t('history.viewResult')),
    open ? null : reviewButton(a),
    h('a', { class: 'btn btn-link', href: `#/round/${a.roundId}/leaderboard` }, t('round.leaderboard'))));
}

/**
 * Xem đáp án once the round is closed; before, a button that says from when. It is aria-disabled
 * rather than disabled so that it stays in the tab order and a screen reader reads the time too.
 */
function reviewButton(a: MyAttempt): HTMLElement {
  return a.answersAvailable
    ? h('a', { class: 'btn', href: `#/review/${a.attemptId}` }, t('history.review'))
    : h('button', { class: 'btn review-later', type: 'button', 'aria-disabled': 'true' },
      t('history.reviewFrom', { at: formatDateTime(a.answersAvailableFrom) }));
}

/** Every prize published for me, each with the contest's winners list one tap away. */
function myPrizes(mine: MyResults): HTMLElement[] {
  const items = [
    ...mine.contestPrizes.map((p) => ({ contestId: p.contestId, text: t('winners.myPrize', {
      prize: prizeText(p.tier, p.amountVnd), where: `${t('winners.wholeContest')} · ${p.contestName}` }) })),
    ...mine.rounds.filter((r) => r.prize).map((r) => ({ contestId: r.contestId, text: t('winners.myPrize', {
      prize: prizeText(r.prize!.tier, r.prize!.amountVnd), where: `${r.roundName} · ${r.contestName}` }) })),
  ];
  if (items.length === 0) return [];
  return [notice('ok',
    h('p', null, h('strong', null, t('winners.congratulations'))),
    h('ul', { class: 'my-prizes' }, items.map((item) => h('li', null, item.text, ' ',
      h('a', { href: `#/contest/${item.contestId}` }, t('winners.seeList'))))))];
}
