/** Contest home: title, organizer, rounds with windows and countdowns, published winners, prizes and the rules (thể lệ). */
import { h } from '../../lib/dom';
import { t } from '../../lib/i18n';
import { renderMarkdown } from '../../lib/markdown';
import { formatCountdown, formatDateTime } from '../../lib/format';
import { serverNow } from '../../lib/server-clock';
import { loggedIn } from '../../lib/auth-store';
import { errorNotice, everySecond, heading, link, loading, notice } from '../../lib/ui';
import { navigate, render, type PageContext } from '../../lib/router';
import { fetchContest, fetchContests, type Contest, type Round, type RoundPhase } from './api';
import { startAttempt } from '../attempt';
import { WaitCancelled } from '../../lib/waiting-room';
import { fetchEntries } from '../ranking';
import { winnersSection } from '../awards';

export async function homePage(context: PageContext): Promise<void> {
  context.main.append(loading());
  try {
    const contests = await fetchContests();
    if (!context.active()) return;
    context.main.replaceChildren();
    if (contests.length === 1) {
      showContest(context, contests[0]);
    } else if (contests.length === 0) {
      context.main.append(heading(t('home.title')), notice('info', t('home.none')));
    } else {
      context.main.append(heading(t('home.title')), h('ul', { class: 'cards' }, contests.map(contestCard)));
    }
  } catch (e) {
    context.main.replaceChildren(heading(t('home.title')), errorNotice(e, () => render()));
  }
}

export async function contestPage(context: PageContext): Promise<void> {
  context.main.append(loading());
  try {
    const contest = await fetchContest(Number(context.params[0]));
    if (!context.active()) return;
    context.main.replaceChildren();
    showContest(context, contest);
  } catch (e) {
    context.main.replaceChildren(heading(t('home.title')), errorNotice(e, () => render()));
  }
}

function contestCard(contest: Contest): HTMLElement {
  const open = contest.rounds.filter((r) => r.status === 'OPEN').length;
  return h('li', { class: 'card' },
    h('h2', null, link(`/contest/${contest.id}`, contest.name)),
    h('p', { class: 'muted' }, contest.organizer),
    h('p', null, open > 0 ? t('home.openRounds', { n: open }) : t('home.noOpenRound')));
}

function showContest(context: PageContext, contest: Contest): void {
  const { main } = context;
  const head = h('div', { class: 'page-head' },
    logo(contest),
    h('p', { class: 'eyebrow' }, t('contest.eyebrow')),
    h('h1', null, contest.name),
    h('p', { class: 'organizer' }, h('span', { class: 'muted' }, t('contest.organizer') + ': '), contest.organizer),
    contest.description ? h('p', { class: 'lead' }, contest.description) : null);
  if (contest.branding.color && /^#[0-9A-Fa-f]{6}$/.test(contest.branding.color)) {
    // through the CSSOM, which the page's strict style-src allows (a style attribute it would not)
    head.classList.add('branded');
    head.style.setProperty('--brand', contest.branding.color);
  }
  main.append(head);
  const eligibility = eligibilityItems(contest);
  if (eligibility.length) {
    main.append(h('section', { 'aria-labelledby': 'eligibility-title' },
      h('h2', { id: 'eligibility-title' }, t('contest.eligibility')),
      h('ul', { class: 'eligibility' }, eligibility.map((text) => h('li', null, text)))));
  }
  if (!loggedIn()) {
    main.append(h('div', { class: 'cta' },
      h('a', { class: 'btn btn-primary', href: `#/register?next=/contest/${contest.id}` }, t('nav.register')),
      h('a', { class: 'btn', href: `#/login?next=/contest/${contest.id}` }, t('nav.login'))));
  }

  const updates: Array<() => void> = [];
  main.append(h('section', { 'aria-labelledby': 'rounds-title' },
    h('h2', { id: 'rounds-title' }, t('contest.rounds')),
    contest.rounds.length
      ? h('ol', { class: 'rounds' }, contest.rounds.map((round) => roundCard(contest, round, updates)))
      : notice('info', t('contest.noRounds'))));
  everySecond(context, () => updates.forEach((u) => u()));
  const overall = h('p', { class: 'overall-board' });
  main.append(overall);
  // only contests that rank over all their rounds have this board; the others answer 404
  void fetchEntries({ kind: 'contest', id: contest.id }, 0, 1).then(() => {
    if (context.active()) overall.append(h('a', { class: 'btn', href: `#/contest/${contest.id}/leaderboard` }, t('contest.overallBoard')));
  }, () => overall.remove());
  main.append(winnersSection(context, contest));
  // the figures mean something once a round is over: how many took part, by day, unit and score
  if (contest.rounds.some((r) => r.status === 'ENDED')) {
    main.append(h('p', { class: 'results-link' }, h('a', { class: 'btn', href: `#/contest/${contest.id}/results` }, t('results.link'))));
  }

  if (contest.prizes) {
    main.append(h('section', { 'aria-labelledby': 'prizes-title' },
      h('h2', { id: 'prizes-title' }, t('contest.prizes')),
      h('div', { class: 'prose' }, renderMarkdown(contest.prizes))));
  }
  if (contest.rules) {
    main.append(h('section', { 'aria-labelledby': 'rules-title' },
      h('h2', { id: 'rules-title' }, t('contest.rules')),
      h('div', { class: 'prose' }, renderMarkdown(contest.rules))));
  }
  if (contest.supportHotline) {
    main.append(h('section', { 'aria-labelledby': 'support-title', class: 'support-contacts' },
      h('h2', { id: 'support-title' }, t('support.title')),
      h('p', null, t('support.hotline') + ': ',
        h('a', { href: `tel:${contest.supportHotline.replace(/[^0-9+]/g, '')}` }, contest.supportHotline),
        contest.supportHours ? ` (${contest.supportHours})` : '')));
  }
}

/** Only a logo this site serves: the page's Content-Security-Policy loads images from here alone. */
function logo(contest: Contest): HTMLElement | null {
  const url = contest.branding.logoUrl;
  return url && url.startsWith('/') && !url.startsWith('//') ? h('img', { class: 'brand-logo', src: url, alt: contest.organizer }) : null;
}

function eligibilityItems(contest: Contest): string[] {
  const { localOnly, minAge, groups } = contest.eligibility;
  const items: string[] = [];
  if (localOnly) items.push(t('contest.localOnly'));
  if (minAge !== null) items.push(t('contest.minAge', { n: minAge }));
  if (groups.length) items.push(t('contest.groups', { groups: groups.map((g) => t(`group.${g}`)).join('; ') }));
  return items;
}

function roundCard(contest: Contest, round: Round, updates: Array<() => void>): HTMLElement {
  const badge = h('span', { class: 'badge' });
  const countdownLabel = h('span', { class: 'muted' });
  const countdown = h('span', { class: 'countdown', role: 'timer' });
  const actions = h('div', { class: 'actions' });
  let shown: RoundPhase | null = null;

  const update = () => {
    const now = serverNow();
    const opens = Date.parse(round.opensAt);
    const closes = Date.parse(round.closesAt);
    const phase: RoundPhase = round.status === 'ENDED' || now === null
      ? round.status
      : now < opens ? 'UPCOMING' : now < closes ? 'OPEN' : 'ENDED';
    if (phase !== shown) {
      shown = phase;
      badge.textContent = t(`round.phase.${phase}`);
      badge.className = `badge badge-${phase.toLowerCase()}`;
      actions.replaceChildren(...roundActions(contest, round, phase));
    }
    if (phase === 'UPCOMING' && now !== null) {
      countdownLabel.textContent = t('round.opensIn') + ' ';
      countdown.textContent = formatCountdown(opens - now);
    } else if (phase === 'OPEN' && now !== null) {
      countdownLabel.textContent = t('round.closesIn') + ' ';
      countdown.textContent = formatCountdown(closes - now);
    } else {
      countdownLabel.textContent = '';
      countdown.textContent = '';
    }
  };
  updates.push(update);
  update();

  const used = round.attemptsUsed;
  return h('li', { class: 'card round' },
    h('div', { class: 'round-head' }, h('h3', null, round.name), badge),
    h('p', { class: 'window' }, t('round.window', { from: formatDateTime(round.opensAt), to: formatDateTime(round.closesAt) })),
    h('p', { class: 'countdown-line' }, countdownLabel, countdown),
    h('ul', { class: 'facts' },
      h('li', null, t('round.questions', { n: round.questionCount })),
      h('li', null, t('round.timeLimit', { n: Math.round(round.timeLimitSeconds / 60) })),
      h('li', null, used === null
        ? t('round.attemptsAllowed', { n: round.attemptsAllowed })
        : t('round.attemptsUsed', { used, n: round.attemptsAllowed }))),
    actions);
}

function roundActions(contest: Contest, round: Round, phase: RoundPhase): HTMLElement[] {
  const items: HTMLElement[] = [];
  if (phase === 'OPEN') {
    if (!loggedIn()) {
      items.push(h('a', { class: 'btn btn-primary', href: `#/login?next=/contest/${contest.id}` }, t('round.loginToTake')));
    } else if (round.attemptsUsed !== null && round.attemptsUsed >= round.attemptsAllowed) {
      items.push(h('p', { class: 'muted' }, t('round.noAttemptsLeft')));
    } else {
      const button = h('button', { class: 'btn btn-primary', type: 'button' }, t('round.take')) as HTMLButtonElement;
      const status = h('p', { class: 'form-status', role: 'status' });
      button.addEventListener('click', async () => {
        button.disabled = true;
        status.replaceChildren();
        const waiting = new AbortController();
        const cancel = h('button', { class: 'btn btn-small', type: 'button', onclick: () => waiting.abort() }, t('waiting.cancel'));
        const outcome = await startAttempt(round.id, {
          signal: waiting.signal,
          onWait: (wait) => {
            status.replaceChildren(wait.counting
              ? notice('warn', h('span', null, t('waiting.counting')), ' ', cancel)
              : notice('warn',
                h('span', null, t('waiting.start', { n: wait.estimatedSeconds })), ' ',
                h('span', null, wait.place > 0 ? t('waiting.place', { n: wait.place }) : t('waiting.next')), ' ', cancel));
            // on a phone the button is often the last thing on the screen: the wait shows beneath it
            status.scrollIntoView({ block: 'nearest' });
          },
        });
        if (outcome.attemptId) navigate(`/attempt/${outcome.attemptId}`);
        else {
          button.disabled = false;
          status.replaceChildren(outcome.error instanceof WaitCancelled ? '' : errorNotice(outcome.error));
        }
      });
      items.push(button, status);
    }
  }
  if (phase !== 'UPCOMING') {
    items.push(h('a', { class: 'btn btn-link', href: `#/round/${round.id}/leaderboard` }, t('round.leaderboard')));
  }
  return items;
}
