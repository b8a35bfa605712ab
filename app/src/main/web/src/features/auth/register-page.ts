/**
 * Registration (đăng ký dự thi): the consent text and its version, unit and commune pickers
 * from the catalog (free text while it is empty or missing), the bot check solved in the
 * background, and every field error exactly as the server words it.
 */
import { h, uid } from '../../lib/dom';
import { lang, t, tIn } from '../../lib/i18n';
import type { Wait } from '../../lib/waiting-room';

const vi = (key: string) => tIn('vi', key);
const en = (key: string) => tIn('en', key);
import { ApiError } from '../../lib/api-client';
import { renderMarkdown } from '../../lib/markdown';
import { errorNotice, errorText, heading, loading, notice } from '../../lib/ui';
import { navigate, render, type PageContext } from '../../lib/router';
import { fetchCatalog, fetchConsent, login, register, type Consent } from './api';
import { solveBotCheck } from './bot-check';
import { clearErrors, field, showErrors, type Field } from '../../lib/form';
import { nextPath } from './login-page';

const GROUPS = ['OFFICIAL', 'UNION_MEMBER', 'STUDENT', 'RESIDENT'] as const;

export async function registerPage(context: PageContext): Promise<void> {
  const next = nextPath(context.query);
  context.main.append(heading(t('register.title'), t('register.lead')), loading());
  let consent: Consent;
  let units: string[] | null;
  let communes: string[] | null;
  try {
    [consent, units, communes] = await Promise.all([fetchConsent(), fetchCatalog('units'), fetchCatalog('communes')]);
  } catch (e) {
    if (context.active()) context.main.replaceChildren(heading(t('register.title')), errorNotice(e, () => render()));
    return;
  }
  if (!context.active()) return;
  context.main.replaceChildren(heading(t('register.title'), t('register.lead')));

  const birthDate = birthDateField();
  const fields: Field[] = [
    field('fullName', t('register.fullName'), h('input', { type: 'text', autocomplete: 'name', required: true, maxlength: '100' }), t('register.fullNameHint')),
    birthDate,
    field('citizenId', t('register.citizenId'), h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off', required: true, maxlength: '12', pattern: '[0-9]{12}' }), t('register.citizenIdHint')),
    field('phone', t('register.phone'), h('input', { type: 'tel', autocomplete: 'tel', inputmode: 'tel', required: true, maxlength: '15' }), t('register.phoneHint')),
    field('email', t('register.email'), h('input', { type: 'email', autocomplete: 'email', maxlength: '254' }), undefined, t('register.optional')),
    field('group', t('register.group'), h('select', { required: true },
      h('option', { value: '' }, t('register.choose')),
      GROUPS.map((g) => h('option', { value: g }, t(`group.${g}`))))),
    field('commune', t('register.commune'), picker(communes, 150, t('register.chooseCommune')), communes ? undefined : t('register.communeHint')),
    field('unit', t('register.unit'), picker(units, 200, t('register.chooseUnit')), units ? undefined : t('register.unitHint'), t('register.optional')),
    field('password', t('register.password'), h('input', { type: 'password', autocomplete: 'new-password', required: true, maxlength: '64' }), t('register.passwordHint')),
  ];
  const byName = (name: string) => fields.find((f) => f.name === name)!;

  const showPassword = h('label', { class: 'check quiet' },
    h('input', { type: 'checkbox', onchange: (e: Event) => {
      (byName('password').control as HTMLInputElement).type = (e.target as HTMLInputElement).checked ? 'text' : 'password';
    } }),
    h('span', null, t('register.showPassword')));
  byName('password').wrapper.append(showPassword);

  const consentBox = h('div', { class: 'consent-text prose', tabindex: '0', role: 'region', 'aria-label': t('register.consentTitle') },
    renderMarkdown(lang() === 'vi' ? consent.text : consent.textEn || consent.text, 4));
  const consentCheck = h('input', { type: 'checkbox', required: true }) as HTMLInputElement;
  const consentField: Field = {
    name: 'consent',
    control: consentCheck,
    error: h('p', { class: 'field-error', id: 'consent-error' }),
    wrapper: h('fieldset', { class: 'field consent' }),
  };
  consentCheck.setAttribute('aria-describedby', 'consent-error');
  consentField.wrapper.append(
    h('legend', null, t('register.consentTitle')),
    h('p', { class: 'hint' }, t('register.consentVersion', { version: consent.version })),
    consentBox,
    h('label', { class: 'check' }, consentCheck, h('span', null, t('register.consentAccept'))),
    consentField.error);

  const botStatus = h('p', { class: 'bot-status hint', 'aria-live': 'polite' });
  const botField: Field = { name: 'altcha', control: h('input', { type: 'hidden' }), error: h('p', { class: 'field-error', id: 'altcha-error' }), wrapper: h('div', { class: 'field' }) };
  botField.wrapper.append(botStatus, botField.error);
  const all = [...fields, consentField, botField];

  const summary = h('div', { class: 'error-summary', tabindex: '-1' });
  const submit = h('button', { class: 'btn btn-primary btn-block', type: 'submit' }, t('register.submit')) as HTMLButtonElement;
  const form = h('form', { class: 'form', novalidate: true },
    summary, ...fields.map((f) => f.wrapper), consentField.wrapper, botField.wrapper, submit,
    h('p', { class: 'alt-action' }, t('register.haveAccount'), ' ', h('a', { href: `#/login?next=${encodeURIComponent(next)}` }, t('nav.login'))));
  context.main.append(form);

  // the proof of work starts while the person types, and a used one is replaced after each try
  let solution: Promise<string> | null = null;
  const prepare = () => {
    botStatus.textContent = t('botCheck.working');
    solution = solveBotCheck();
    solution.then(() => (botStatus.textContent = t('botCheck.done')), () => (botStatus.textContent = t('botCheck.failed')));
    solution.catch(() => undefined);
  };
  prepare();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(all);
    summary.replaceChildren();
    submit.disabled = true;
    const value = (name: string) => byName(name).control.value.trim();
    const birth = birthDate.iso();
    if (birth === null) {
      // the only check made here: the three boxes are this page's own, the server wants one ISO date
      showFailure(new ApiError(422, 'VALIDATION_FAILED', 'Thông tin chưa hợp lệ, vui lòng kiểm tra lại.', 'Some fields are invalid.',
        [{ field: 'birthDate', code: 'INVALID', message: vi('register.birthDateInvalid'), messageEn: en('register.birthDateInvalid') }]));
      submit.disabled = false;
      return;
    }
    const onWait = (wait: Wait) => summary.replaceChildren(notice('warn', t(wait.counting ? 'waiting.counting' : 'waiting.signIn', { n: wait.estimatedSeconds })));
    try {
      let altcha: string | undefined;
      try {
        altcha = await (solution ?? Promise.reject(new Error('none')));
      } catch {
        prepare();
        altcha = await solution!;
      }
      solution = null;
      await register({
        fullName: value('fullName'),
        birthDate: birth,
        citizenId: value('citizenId').replace(/\s/g, ''),
        phone: value('phone').replace(/[\s.-]/g, ''),
        email: value('email'),
        group: value('group'),
        commune: value('commune'),
        unit: value('unit'),
        password: byName('password').control.value,
        consent: { version: consent.version, accepted: consentCheck.checked },
        altcha,
      }, { onWait });
      summary.replaceChildren(notice('ok', t('register.done')));
      await login(value('phone').replace(/[\s.-]/g, ''), byName('password').control.value, undefined, { onWait });
      navigate(next, true);
    } catch (e) {
      showFailure(e);
      if (!solution) prepare();
    } finally {
      submit.disabled = false;
    }
  });

  function showFailure(e: unknown) {
    const errors = e instanceof ApiError ? e.errors : [];
    const unclaimed = showErrors(all, errors);
    const items = all.filter((f) => f.error.textContent).map((f) =>
      h('li', null, h('a', { href: '#', onclick: (ev: Event) => { ev.preventDefault(); f.control.focus(); } }, f.error.textContent ?? '')));
    const extra = unclaimed.map((u) => h('li', null, lang() === 'vi' ? u.message : u.messageEn));
    const login409 = e instanceof ApiError && e.code === 'ALREADY_REGISTERED'
      ? h('div', null,
        h('p', null, h('a', { href: `#/login?next=${encodeURIComponent(next)}` }, t('register.goLogin'))),
        h('p', null, h('a', { href: '#/claim' }, t('register.claim')))) : null;
    summary.replaceChildren(h('div', { class: 'notice notice-error', role: 'alert' },
      h('p', null, h('strong', null, errorText(e))),
      items.length || extra.length ? h('ul', null, items, extra) : null,
      login409));
    summary.focus();
  }
}

/**
 * Date of birth as three boxes (ngày, tháng, năm): a date picker starts at today and makes older
 * people scroll back decades, and its format follows the phone's language, not the page's.
 */
function birthDateField(): Field & { iso(): string | null } {
  const id = uid('birthDate');
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const part = (name: string, label: string, max: number, autocomplete: string) => {
    const input = h('input', {
      id: `${id}-${name}`, name: `birthDate-${name}`, type: 'text', inputmode: 'numeric', pattern: '[0-9]*',
      maxlength: String(max), autocomplete, 'aria-describedby': `${hintId} ${errorId}`,
    }) as HTMLInputElement;
    return { input, box: h('div', { class: `date-part date-${name}` }, h('label', { for: input.id }, label), input) };
  };
  const day = part('day', t('register.day'), 2, 'bday-day');
  const month = part('month', t('register.month'), 2, 'bday-month');
  const year = part('year', t('register.year'), 4, 'bday-year');
  const error = h('p', { class: 'field-error', id: errorId });
  const wrapper = h('fieldset', { class: 'field date' },
    h('legend', null, t('register.birthDate')),
    h('p', { class: 'hint', id: hintId }, t('register.birthDateHint')),
    h('div', { class: 'date-parts' }, day.box, month.box, year.box),
    error);
  return {
    name: 'birthDate',
    wrapper,
    control: day.input,
    error,
    iso() {
      const [d, m, y] = [day.input.value.trim(), month.input.value.trim(), year.input.value.trim()];
      if (!d && !m && !y) return '';
      if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return null;
      const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
      const date = new Date(`${iso}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
    },
  };
}

/** A select when the catalog has the list, else a text box. */
function picker(choices: string[] | null, maxLength: number, placeholder: string): HTMLInputElement | HTMLSelectElement {
  if (!choices) return h('input', { type: 'text', maxlength: String(maxLength), autocomplete: 'off' });
  return h('select', null, h('option', { value: '' }, placeholder), choices.map((c) => h('option', { value: c }, c)));
}
