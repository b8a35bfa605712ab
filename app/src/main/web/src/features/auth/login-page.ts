/** Log in (đăng nhập) with phone or citizen ID; after repeated failures the server asks for the bot check. */
import { h } from '../../lib/dom';
import { lang, t } from '../../lib/i18n';
import { ApiError } from '../../lib/api-client';
import { errorText, heading, notice } from '../../lib/ui';
import { navigate, type PageContext } from '../../lib/router';
import { fetchMe, login, markNoticeSeen } from './api';
import { solveBotCheck } from './bot-check';
import { field } from '../../lib/form';
import type { Wait } from '../../lib/waiting-room';

/** Where to go after logging in: only paths inside this page, never another site. */
export function nextPath(query: URLSearchParams): string {
  const next = query.get('next') ?? '/';
  return /^\/[A-Za-z0-9/_?=&-]*$/.test(next) ? next : '/';
}

export function loginPage(context: PageContext): void {
  const next = nextPath(context.query);
  const username = field('username', t('login.username'),
    h('input', { type: 'text', autocomplete: 'username', inputmode: 'text', required: true, autocapitalize: 'off', spellcheck: 'false' }),
    t('login.usernameHint'));
  const password = field('password', t('login.password'),
    h('input', { type: 'password', autocomplete: 'current-password', required: true }));
  const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
  const submit = h('button', { class: 'btn btn-primary btn-block', type: 'submit' }, t('login.submit')) as HTMLButtonElement;

  const form = h('form', { class: 'form', novalidate: true },
    username.wrapper, password.wrapper, status, submit,
    h('p', { class: 'alt-action' }, h('a', { href: '#/forgot-password' }, t('login.forgot'))),
    h('p', { class: 'alt-action' }, t('login.noAccount'), ' ', h('a', { href: `#/register?next=${encodeURIComponent(next)}` }, t('nav.register'))));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const user = username.control.value.trim();
    const pass = password.control.value;
    if (!user || !pass) {
      status.replaceChildren(notice('error', t('login.missing')));
      (user ? password : username).control.focus();
      return;
    }
    submit.disabled = true;
    status.replaceChildren(notice('info', t('login.working')));
    const onWait = (wait: Wait) => status.replaceChildren(notice('warn', t(wait.counting ? 'waiting.counting' : 'waiting.signIn', { n: wait.estimatedSeconds })));
    try {
      try {
        await login(user, pass, undefined, { onWait });
      } catch (e) {
        if (!(e instanceof ApiError && e.code.startsWith('BOT_CHECK'))) throw e;
        // several wrong passwords for this account: prove a person is typing, then try once more
        status.replaceChildren(notice('info', t('botCheck.working')));
        await login(user, pass, await solveBotCheck(), { onWait });
      }
      const me = await fetchMe().catch(() => null);
      if (me?.mustChangePassword) {
        // a one-time password from the support desk: replaced before anything else
        navigate(`/me/change-password?next=${encodeURIComponent(next)}`, true);
        return;
      }
      const notices = me?.notices ?? [];
      if (notices.length === 0) {
        navigate(next, true);
        return;
      }
      // an identity moved to this account: say so once, before anything else
      const ok = h('button', { class: 'btn btn-primary', type: 'button' }, t('notices.ok'));
      ok.addEventListener('click', async () => {
        await Promise.all(notices.map((n) => markNoticeSeen(n.id).catch(() => undefined)));
        navigate(next, true);
      });
      context.main.replaceChildren(heading(t('notices.title')),
        ...notices.map((n) => notice('info', lang() === 'vi' ? n.message : n.messageEn)), ok);
    } catch (e) {
      const message = e instanceof ApiError && e.status === 401 && !e.code.startsWith('BOT_CHECK') ? t('login.failed') : errorText(e);
      status.replaceChildren(notice('error', message));
      (password.control as HTMLInputElement).select();
      password.control.focus();
    } finally {
      submit.disabled = false;
    }
  });

  context.main.append(heading(t('login.title'), t('login.lead')), form);
}
