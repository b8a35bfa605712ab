/**
 * Taking an attempt (làm bài): the questions and options in the order the server shuffled them,
 * progress, a countdown on the server's clock, autosave with a visible saved / not-yet-saved
 * state, the prediction question, a confirmation before submitting, and automatic submission
 * when the time is up.
 */
import { h, uid } from '../../lib/dom';
import { t } from '../../lib/i18n';
import { ApiError, NetworkError } from '../../lib/api-client';
import { formatCountdown, formatMinutes } from '../../lib/format';
import { serverNow } from '../../lib/server-clock';
import { errorNotice, errorText, heading, loading, notice } from '../../lib/ui';
import { navigate, render, type PageContext } from '../../lib/router';
import { fetchAttempt, submitAttempt, type AttemptView, type Result } from './api';
import { AutosaveQueue } from './autosave-queue';
import { clearLocal, newIdempotencyKey } from './local-attempt';
import { rememberResult } from './result-page';

const LETTERS = 'ABCDEFGHIJ';

export async function attemptPage(context: PageContext): Promise<void> {
  const attemptId = Number(context.params[0]);
  context.main.append(loading());
  let view: AttemptView;
  try {
    view = await fetchAttempt(attemptId);
  } catch (e) {
    if (!context.active()) return;
    if (e instanceof ApiError && e.status === 401) {
      navigate(`/login?next=/attempt/${attemptId}`, true);
      return;
    }
    context.main.replaceChildren(heading(t('attempt.title')), errorNotice(e, () => render()));
    return;
  }
  if (!context.active()) return;
  if (view.status !== 'OPEN') {
    clearLocal(attemptId);
    navigate(`/result/${attemptId}`, true);
    return;
  }
  new AttemptScreen(context, view).mount();
}

class AttemptScreen {
  private readonly answers = new Map<number, number>();
  private readonly queue: AutosaveQueue;
  private readonly deadline: number;
  private submitting = false;
  private finished = false;
  private autoSubmitted = false;
  private announced = new Set<number>();

  private readonly timer = h('span', { class: 'timer-value', role: 'timer', 'aria-label': t('attempt.timeLeft') });
  private readonly progress = h('progress', { max: '1', value: '0', 'aria-hidden': 'true' }) as HTMLProgressElement;
  private readonly progressText = h('span', { class: 'progress-text' });
  private readonly saveStatus = h('span', { class: 'save-status', role: 'status', 'aria-live': 'polite' });
  private readonly announcer = h('p', { class: 'sr-only', 'aria-live': 'assertive' });
  private readonly submitStatus = h('div', { class: 'submit-status', role: 'status', 'aria-live': 'polite' });
  private readonly questionStatus = new Map<number, HTMLElement>();
  private readonly navButtons = new Map<number, HTMLElement>();
  private readonly predictionError = h('p', { class: 'field-error', id: uid('prediction-error') });
  private submitButton!: HTMLButtonElement;

  constructor(private readonly context: PageContext, private readonly view: AttemptView) {
    this.deadline = Date.parse(view.deadlineAt);
    for (const saved of view.answers) this.answers.set(saved.questionId, saved.optionId);
    this.queue = new AutosaveQueue(view.attemptId, {
      changed: () => this.refreshStatus(),
      closed: () => void this.submit(true),
      unauthorized: () => this.refreshStatus(),
    });
    // choices not yet confirmed by the server win over what it has: they are newer
    for (const id of this.queue.pendingIds()) {
      if (view.questions.some((q) => q.id === id)) this.answers.set(id, this.queue.data.pending[id]);
    }
    if (!this.queue.data.prediction && view.predictionValue !== null) this.queue.setPrediction(String(view.predictionValue));
  }

  mount(): void {
    const { main } = this.context;
    const view = this.view;
    main.replaceChildren();
    main.classList.add('attempt');
    this.context.onLeave(() => {
      main.classList.remove('attempt');
      this.queue.dispose();
    });

    const bar = h('div', { class: 'attempt-bar' },
      h('div', { class: 'timer' }, h('span', { class: 'timer-label' }, t('attempt.timeLeft')), this.timer),
      h('div', { class: 'progress' }, this.progressText, this.progress),
      this.saveStatus,
      // in the bar that stays on screen: "time is up", "retrying" must be seen wherever the person is
      this.submitStatus);

    const questions = view.questions.map((question, index) => {
      const legendId = uid('q');
      const status = h('span', { class: 'q-status' });
      this.questionStatus.set(question.id, status);
      return h('fieldset', { class: 'question', id: `question-${index + 1}`, 'aria-describedby': `${legendId}-status` },
        h('legend', { id: legendId }, h('span', { class: 'q-number' }, t('attempt.questionNo', { n: index + 1 })), ' ', question.text),
        h('div', { class: 'options' }, question.options.map((option, i) => {
          const input = h('input', {
            type: 'radio',
            name: `q-${question.id}`,
            value: String(option.id),
            checked: this.answers.get(question.id) === option.id,
            onchange: () => this.choose(question.id, option.id),
          });
          return h('label', { class: 'option' }, input, h('span', { class: 'letter', 'aria-hidden': 'true' }, LETTERS[i] ?? ''), h('span', { class: 'option-text' }, option.text));
        })),
        h('p', { class: 'q-status-line', id: `${legendId}-status` }, status));
    });

    const grid = h('nav', { class: 'question-grid', 'aria-label': t('attempt.overview') },
      h('ol', null, view.questions.map((question, index) => {
        const button = h('a', { href: `#/attempt/${view.attemptId}`, onclick: (e: Event) => {
          e.preventDefault();
          const target = document.getElementById(`question-${index + 1}`);
          target?.scrollIntoView({ block: 'start' });
          target?.querySelector('input')?.focus({ preventScroll: true });
        } }, String(index + 1));
        this.navButtons.set(question.id, button);
        return h('li', null, button);
      })));

    let prediction: HTMLElement | null = null;
    if (view.prediction) {
      const inputId = uid('prediction');
      const input = h('input', {
        id: inputId,
        type: 'text',
        inputmode: 'numeric',
        autocomplete: 'off',
        pattern: '[0-9]*',
        maxlength: '10',
        value: this.queue.data.prediction,
        'aria-describedby': `${inputId}-hint ${this.predictionError.id}`,
        oninput: (e: Event) => {
          const field = e.target as HTMLInputElement;
          field.value = field.value.replace(/\D/g, '');
          this.queue.setPrediction(field.value);
          this.predictionError.textContent = '';
        },
      });
      prediction = h('section', { class: 'question prediction', 'aria-labelledby': `${inputId}-title` },
        h('h2', { id: `${inputId}-title` }, t('attempt.predictionTitle')),
        h('label', { for: inputId }, view.prediction.prompt),
        input,
        h('p', { class: 'hint', id: `${inputId}-hint` }, t('attempt.predictionHint')),
        this.predictionError);
    }

    this.submitButton = h('button', { class: 'btn btn-primary btn-block', type: 'button', onclick: () => this.confirmSubmit() }, t('attempt.submit')) as HTMLButtonElement;

    main.append(
      h('h1', { class: 'sr-only' }, t('attempt.title')),
      bar,
      this.announcer,
      h('div', { class: 'questions' }, questions),
      prediction ?? '',
      h('section', { class: 'finish', 'aria-label': t('attempt.overview') }, grid, this.submitButton),
    );

    this.refreshStatus();
    this.tick();
    const id = window.setInterval(() => this.tick(), 250);
    this.context.onLeave(() => window.clearInterval(id));
    // a phone that slept may have stopped the page's timers: ask the server again on return
    const onVisible = () => {
      if (document.visibilityState === 'visible') void this.resync();
    };
    document.addEventListener('visibilitychange', onVisible);
    this.context.onLeave(() => document.removeEventListener('visibilitychange', onVisible));
    const resync = window.setInterval(() => void this.resync(), 60_000);
    this.context.onLeave(() => window.clearInterval(resync));
    void this.queue.flush();
  }

  private choose(questionId: number, optionId: number): void {
    if (this.finished) return;
    this.answers.set(questionId, optionId);
    this.queue.choose(questionId, optionId);
  }

  private async resync(): Promise<void> {
    if (this.finished) return;
    try {
      const fresh = await fetchAttempt(this.view.attemptId);
      if (fresh.status !== 'OPEN') this.finish(fresh.result);
    } catch {
      // the countdown keeps running on the last known server time
    }
  }

  private remaining(): number {
    const now = serverNow();
    return now === null ? this.view.remainingSeconds * 1000 : this.deadline - now;
  }

  private tick(): void {
    const left = this.remaining();
    this.timer.textContent = formatCountdown(left);
    this.timer.parentElement?.classList.toggle('timer-low', left <= 60_000);
    for (const mark of [300_000, 60_000]) {
      if (left <= mark && left > mark - 5_000 && !this.announced.has(mark)) {
        this.announced.add(mark);
        this.announcer.textContent = t('attempt.timeAnnouncement', { time: formatMinutes(mark) });
      }
    }
    if (left <= 0 && !this.autoSubmitted && !this.finished) {
      this.autoSubmitted = true;
      this.submitStatus.replaceChildren(notice('warn', t('attempt.timeUp')));
      void this.submit(true);
    }
  }

  private refreshStatus(): void {
    const total = this.view.questions.length;
    const answered = this.view.questions.filter((q) => this.answers.has(q.id)).length;
    this.progress.max = total;
    this.progress.value = answered;
    this.progressText.textContent = t('attempt.progress', { answered, total });
    const pending = new Set(this.queue.pendingIds());
    const state = this.queue.state();
    this.saveStatus.className = `save-status save-${state}`;
    this.saveStatus.textContent = state === 'saved'
      ? (answered === 0 ? '' : t('attempt.allSaved'))
      : state === 'saving' ? t('attempt.saving') : t('attempt.notSaved', { n: pending.size });
    for (const question of this.view.questions) {
      const status = this.questionStatus.get(question.id)!;
      const nav = this.navButtons.get(question.id)!;
      const rejected = this.queue.rejected.get(question.id);
      nav.className = this.answers.has(question.id) ? (pending.has(question.id) ? 'answered pending' : 'answered') : '';
      if (rejected) {
        status.className = 'q-status q-error';
        status.textContent = errorText(rejected);
      } else if (pending.has(question.id)) {
        status.className = 'q-status q-pending';
        status.textContent = state === 'waiting' ? t('attempt.questionNotSaved') : t('attempt.questionSaving');
      } else if (this.answers.has(question.id)) {
        status.className = 'q-status q-saved';
        status.textContent = t('attempt.questionSaved');
      } else {
        status.className = 'q-status';
        status.textContent = t('attempt.questionUnanswered');
      }
    }
  }

  private confirmSubmit(): void {
    if (this.submitting) return;
    const total = this.view.questions.length;
    const answered = this.view.questions.filter((q) => this.answers.has(q.id)).length;
    const dialog = h('dialog', { class: 'confirm', 'aria-labelledby': 'confirm-title', 'aria-describedby': 'confirm-text' },
      h('h2', { id: 'confirm-title' }, t('attempt.confirmTitle')),
      h('p', { id: 'confirm-text' }, answered < total
        ? t('attempt.confirmUnanswered', { answered, total, missing: total - answered })
        : t('attempt.confirmAll', { total })),
      h('div', { class: 'actions' },
        h('button', { class: 'btn', type: 'button', value: 'cancel', onclick: () => dialog.close('cancel') }, t('attempt.keepGoing')),
        h('button', { class: 'btn btn-primary', type: 'button', onclick: () => dialog.close('submit') }, t('attempt.confirmSubmit')))) as HTMLDialogElement;
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (dialog.returnValue === 'submit') void this.submit(false);
      else this.submitButton.focus();
    });
    this.context.main.append(dialog);
    dialog.showModal();
  }

  /** Submits with one Idempotency-Key for every retry, so a flaky network never grades twice. */
  private async submit(automatic: boolean): Promise<void> {
    if (this.submitting || this.finished) return;
    this.submitting = true;
    this.submitButton.disabled = true;
    const key = this.queue.submitKey(newIdempotencyKey);
    const prediction = this.queue.data.prediction === '' ? null : Number(this.queue.data.prediction);
    let delay = 1000;
    this.submitStatus.replaceChildren(notice('info', automatic ? t('attempt.autoSubmitting') : t('attempt.submitting')));
    while (this.context.active() && !this.finished) {
      const answers = [...this.answers].map(([questionId, optionId]) => ({ questionId, optionId }));
      try {
        const result = await submitAttempt(this.view.attemptId, key, answers, this.view.prediction ? prediction : null);
        this.finish(result);
        return;
      } catch (e) {
        if (e instanceof ApiError && e.code === 'ALREADY_SUBMITTED') {
          this.finish((e.details.result as Result | undefined) ?? null);
          return;
        }
        if (e instanceof ApiError && e.code === 'INVALID_PREDICTION') {
          this.predictionError.textContent = errorText(e);
          this.submitStatus.replaceChildren(errorNotice(e));
          break;
        }
        if (e instanceof NetworkError || (e instanceof ApiError && (e.status >= 500 || e.status === 429))) {
          this.submitStatus.replaceChildren(notice('warn', t('attempt.submitRetrying')));
          await new Promise((resolve) => setTimeout(resolve, delay));
          delay = Math.min(10_000, delay * 2);
          continue;
        }
        if (e instanceof ApiError && e.status === 401) {
          this.submitStatus.replaceChildren(notice('error', t('attempt.sessionEnded'), ' ',
            h('a', { href: `#/login?next=/attempt/${this.view.attemptId}` }, t('nav.login'))));
          break;
        }
        this.submitStatus.replaceChildren(errorNotice(e));
        break;
      }
    }
    this.submitting = false;
    this.submitButton.disabled = false;
  }

  private finish(result: Result | null): void {
    if (this.finished) return;
    this.finished = true;
    this.queue.dispose();
    clearLocal(this.view.attemptId);
    if (result) rememberResult(this.view.attemptId, result);
    if (this.context.active()) navigate(`/result/${this.view.attemptId}`, true);
  }
}
