/**
 * Xem đáp án: once the round is closed, one attempt again — each question as it was shown, the
 * person's choice and the right answer marked by an icon and a word (never by colour alone), the
 * explanation and its source. Before the close the server says from when, and the page shows that.
 */
import { h } from '../../lib/dom';
import { t } from '../../lib/i18n';
import { ApiError } from '../../lib/api-client';
import { formatNumber } from '../../lib/format';
import { errorNotice, errorText, heading, loading, notice } from '../../lib/ui';
import { navigate, render, type PageContext } from '../../lib/router';
import { fetchReview, type AttemptReview, type ReviewQuestion } from './api';

const LETTERS = 'ABCDEFGHIJ';

export async function reviewPage(context: PageContext): Promise<void> {
  const attemptId = Number(context.params[0]);
  context.main.append(heading(t('history.review')), loading());
  let review: AttemptReview;
  try {
    review = await fetchReview(attemptId);
  } catch (e) {
    if (!context.active()) return;
    if (e instanceof ApiError && e.status === 401) {
      navigate(`/login?next=/review/${attemptId}`, true);
      return;
    }
    const back = h('a', { class: 'btn', href: '#/me/attempts' }, t('review.back'));
    context.main.replaceChildren(heading(t('history.review')),
      e instanceof ApiError && e.status === 409 ? notice('info', errorText(e)) : errorNotice(e, () => render()), back);
    return;
  }
  if (!context.active()) return;
  context.main.replaceChildren(
    heading(t('review.title', { round: review.roundName }), t('review.lead', { contest: review.contestName, n: review.attemptNo })),
    h('p', { class: 'review-summary' },
      `${t('result.score')}: `, h('strong', null, formatNumber(review.result.score)), ' · ',
      `${t('result.correct')}: `, h('strong', null, t('result.correctOf', { n: review.result.correctCount, total: review.result.questionCount }))),
    h('ol', { class: 'review' }, review.questions.map(question)),
    h('div', { class: 'actions' }, h('a', { class: 'btn', href: '#/me/attempts' }, t('review.back'))));
}

function question(q: ReviewQuestion): HTMLElement {
  const outcome = q.chosenOptionId == null ? 'blank' : q.correct ? 'right' : 'wrong';
  return h('li', { class: `question review-question review-${outcome}` },
    h('h2', { class: 'review-stem' }, h('span', { class: 'q-number' }, `${t('review.question', { n: q.number })}. `), q.text),
    h('p', { class: `review-outcome outcome-${outcome}` },
      h('span', { 'aria-hidden': 'true' }, outcome === 'right' ? '✓ ' : outcome === 'wrong' ? '✗ ' : '– '),
      t(`review.${outcome}`)),
    h('ul', { class: 'options review-options' }, q.options.map((option, i) => {
      const isKey = option.id === q.correctOptionId;
      const isChosen = option.id === q.chosenOptionId;
      const cls = ['option', 'review-option', isKey ? 'is-key' : '', isChosen ? 'is-chosen' : ''].filter(Boolean).join(' ');
      return h('li', { class: cls },
        h('span', { class: 'letter', 'aria-hidden': 'true' }, LETTERS[i] ?? ''),
        h('span', { class: 'option-text' }, option.text,
          isKey || isChosen ? h('span', { class: 'review-marks' },
            isKey ? h('span', { class: 'mark mark-key' }, h('span', { 'aria-hidden': 'true' }, '✓ '), t('review.key')) : null,
            isChosen ? h('span', { class: `mark ${isKey ? 'mark-chosen-right' : 'mark-chosen-wrong'}` },
              h('span', { 'aria-hidden': 'true' }, isKey ? '● ' : '✗ '), t('review.yourChoice')) : null) : null));
    })),
    q.keyFixed ? notice('warn', t('review.keyFixed')) : null,
    q.explanation || q.source
      ? h('dl', { class: 'review-notes' },
        q.explanation ? [h('dt', null, t('review.explanation')), h('dd', null, q.explanation)] : null,
        q.source ? [h('dt', null, t('review.source')), h('dd', null, q.source)] : null)
      : null);
}
