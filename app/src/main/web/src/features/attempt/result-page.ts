/** Result (kết quả): score, correct answers, duration, and where the contestant stands. */
import { h } from '../../lib/dom';
import { t } from '../../lib/i18n';
import { ApiError } from '../../lib/api-client';
import { formatDateTime, formatDuration, formatNumber } from '../../lib/format';
import { errorNotice, heading, loading, notice } from '../../lib/ui';
import { navigate, render, type PageContext } from '../../lib/router';
import { fetchAttempt, type AttemptView, type Result } from './api';
import { fetchMyRank } from '../ranking';
import { fetchContests } from '../contest';

const KEY = 'contest.results';

/** The submit's answer, kept for the session so the result shows even if the next request fails. */
export function rememberResult(attemptId: number, result: Result): void {
  try {
    const all = JSON.parse(sessionStorage.getItem(KEY) ?? '{}') as Record<string, Result>;
    all[attemptId] = result;
    sessionStorage.setItem(KEY, JSON.stringify(all));
  } catch {
    // only a cache
  }
}

function remembered(attemptId: number): Result | null {
  try {
    return (JSON.parse(sessionStorage.getItem(KEY) ?? '{}') as Record<string, Result>)[attemptId] ?? null;
  } catch {
    return null;
  }
}

export async function resultPage(context: PageContext): Promise<void> {
  const attemptId = Number(context.params[0]);
  context.main.append(loading());
  let view: AttemptView | null = null;
  let result: Result | null = remembered(attemptId);
  try {
    view = await fetchAttempt(attemptId);
    if (view.status === 'OPEN') {
      navigate(`/attempt/${attemptId}`, true);
      return;
    }
    result = view.result ?? result;
  } catch (e) {
    if (!context.active()) return;
    if (e instanceof ApiError && e.status === 401) {
      navigate(`/login?next=/result/${attemptId}`, true);
      return;
    }
    if (!result) {
      context.main.replaceChildren(heading(t('result.title')), errorNotice(e, () => render()));
      return;
    }
  }
  if (!context.active()) return;
  context.main.replaceChildren(heading(t('result.title')));
  if (!result) {
    context.main.append(notice('info', t('result.none')));
    return;
  }
  const stats = h('dl', { class: 'stats' },
    stat(t('result.score'), formatNumber(result.score), 'score'),
    stat(t('result.correct'), t('result.correctOf', { n: result.correctCount, total: result.questionCount })),
    stat(t('result.duration'), formatDuration(result.durationMs)),
    stat(t('result.submittedAt'), formatDateTime(result.submittedAt)));
  context.main.append(stats);
  if (view?.status === 'EXPIRED') context.main.append(notice('info', t('result.expired')));

  const rank = h('div', { class: 'my-rank-slot' });
  context.main.append(rank);
  if (view) {
    const roundId = view.roundId;
    const back = h('a', { class: 'btn btn-link', href: '#/' }, t('result.backHome'));
    context.main.append(h('div', { class: 'actions' },
      h('a', { class: 'btn btn-primary', href: `#/round/${roundId}/leaderboard` }, t('result.leaderboard')),
      h('a', { class: 'btn', href: '#/me/attempts' }, t('nav.history')),
      back));
    void fetchContests().then((contests) => {
      const contest = contests.find((c) => c.rounds.some((r) => r.id === roundId));
      if (contest) back.setAttribute('href', `#/contest/${contest.id}`);
    }, () => undefined);
    try {
      const mine = await fetchMyRank(roundId);
      if (context.active() && mine) {
        rank.replaceChildren(h('p', { class: 'my-rank' }, t('ranking.myRank', { rank: formatNumber(mine.rank) })));
      }
    } catch {
      // not ranked yet, or no ranking published: the page says nothing rather than guess
    }
  }
}

function stat(label: string, value: string, cls = ''): HTMLElement {
  return h('div', { class: 'stat' }, h('dt', null, label), h('dd', { class: cls || undefined }, value));
}
