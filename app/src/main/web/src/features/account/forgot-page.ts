/**
 * Quên mật khẩu: ask for a link by phone or citizen ID (the answer is the same whether or not the
 * account exists), and set a new password from the mailed link (#/reset-password?token=…). Without
 * an e-mail the page says how to reach the support desk.
 */
import { h } from '../../lib/dom';
import { lang, t } from '../../lib/i18n';
import { ApiError } from '../../lib/api-client';
import { errorText, heading, notice } from '../../lib/ui';
import type { PageContext } from '../../lib/router';
import { clearErrors, field, showErrors } from '../../lib/form';
import { askResetLink, resetPassword } from './api';
import { supportContacts } from './support-contacts';

export function forgotPasswordPage(context: PageContext): void {
  const login = field('login', t('login.username'),
    h('input', { type: 'text', autocomplete: 'username', required: true, autocapitalize: 'off', spellcheck: 'false', maxlength: '30' }),
    t('login.usernameHint'));
  const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
  const submit = h('button', { class: 'btn btn-primary btn-block', type: 'submit' }, t('forgot.submit')) as HTMLButtonElement;
  const form = h('form', { class: 'form', novalidate: true }, login.wrapper, status, submit);
  const support = h('div');

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors([login]);
    submit.disabled = true;
    status.replaceChildren(notice('info', t('forgot.working')));
    try {
      const answer = await askResetLink(login.control.value);
      form.replaceWith(notice('ok', lang() === 'vi' ? answer.message : answer.messageEn));
    } catch (e) {
      const unclaimed = showErrors([login], e instanceof ApiError ? e.errors : []);
      status.replaceChildren(notice('error', errorText(e),
        ...unclaimed.map((u) => h('p', null, lang() === 'vi' ? u.message : u.messageEn))));
      login.control.focus();
    } finally {
      submit.disabled = false;
    }
  });

  context.main.append(heading(t('forgot.title'), t('forgot.lead')), form,
    h('p', { class: 'hint' }, t('forgot.noEmail')), support);
  void supportContacts().then((contacts) => {
    if (contacts && context.active()) support.append(contacts);
  });
}

export function resetPasswordPage(context: PageContext): void {
  const token = context.query.get('token') ?? '';
  const password = field('newPassword', t('reset.newPassword'),
    h('input', { type: 'password', autocomplete: 'new-password', required: true, maxlength: '64' }), t('register.passwordHint'));
  const again = field('again', t('reset.again'), h('input', { type: 'password', autocomplete: 'new-password', required: true, maxlength: '64' }));
  const fields = [password, again];
  const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
  const submit = h('button', { class: 'btn btn-primary btn-block', type: 'submit' }, t('reset.submit')) as HTMLButtonElement;
  const form = h('form', { class: 'form', novalidate: true }, password.wrapper, again.wrapper, status, submit);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(fields);
    if (password.control.value !== again.control.value) {
      showErrors(fields, [{ field: 'again', code: 'MISMATCH', message: t('reset.mismatch'), messageEn: t('reset.mismatch') }]);
      again.control.focus();
      return;
    }
    submit.disabled = true;
    try {
      await resetPassword(token, password.control.value);
      form.replaceWith(notice('ok', t('reset.done'), ' ', h('a', { href: '#/login' }, t('nav.login'))));
    } catch (e) {
      const unclaimed = showErrors(fields, e instanceof ApiError ? e.errors : []);
      status.replaceChildren(notice('error', errorText(e),
        ...unclaimed.map((u) => h('p', null, lang() === 'vi' ? u.message : u.messageEn)),
        unclaimed.some((u) => u.field === 'token') ? h('a', { href: '#/forgot-password' }, t('reset.askAgain')) : ''));
    } finally {
      submit.disabled = false;
    }
  });

  context.main.append(heading(t('reset.title'), t('reset.lead')),
    token ? form : notice('error', t('reset.noToken'), ' ', h('a', { href: '#/forgot-password' }, t('reset.askAgain'))));
}
