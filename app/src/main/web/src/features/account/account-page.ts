/**
 * Tài khoản của tôi: my registration (my own numbers in clear), corrections to unit, commune and
 * e-mail, a new password, my data as a file, and deleting my account. Name, birth date, citizen
 * ID and phone change only through the support desk, since prizes depend on them.
 */
import { h } from '../../lib/dom';
import { lang, t } from '../../lib/i18n';
import { ApiError } from '../../lib/api-client';
import { clearTokens, loggedIn } from '../../lib/auth-store';
import { formatDateTime } from '../../lib/format';
import { errorNotice, errorText, heading, loading, notice } from '../../lib/ui';
import { navigate, render, type PageContext } from '../../lib/router';
import { fetchCatalog, nextPath } from '../auth';
import { clearErrors, field, showErrors, type Field } from '../../lib/form';
import { cancelDeletion, changeMyPassword, correctMyAccount, fetchMyAccount, fetchMyData, requestDeletion,
  type DeletionStatus, type MyAccount } from './api';
import { supportContacts } from './support-contacts';

function unclaimedText(e: unknown, fields: Field[]): Array<Node | string> {
  const unclaimed = showErrors(fields, e instanceof ApiError ? e.errors : []);
  return unclaimed.map((u) => h('p', null, lang() === 'vi' ? u.message : u.messageEn));
}

/** A text box with the catalog's names as suggestions, when there is a catalog. */
function named(name: string, label: string, value: string, options: string[] | null, optional?: string): Field {
  const input = h('input', { type: 'text', maxlength: '200', value, autocomplete: 'off' }) as HTMLInputElement;
  const made = field(name, label, input, undefined, optional);
  if (options) {
    const listId = `${input.id}-list`;
    input.setAttribute('list', listId);
    made.wrapper.append(h('datalist', { id: listId }, options.map((o) => h('option', { value: o }))));
  }
  return made;
}

function passwordForm(onDone: () => void): HTMLElement {
  const current = field('currentPassword', t('account.currentPassword'),
    h('input', { type: 'password', autocomplete: 'current-password', required: true }));
  const next = field('newPassword', t('reset.newPassword'),
    h('input', { type: 'password', autocomplete: 'new-password', required: true, maxlength: '64' }), t('register.passwordHint'));
  const fields = [current, next];
  const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
  const submit = h('button', { class: 'btn btn-primary', type: 'submit' }, t('account.changePassword')) as HTMLButtonElement;
  const form = h('form', { class: 'form', novalidate: true }, current.wrapper, next.wrapper, status, submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(fields);
    submit.disabled = true;
    try {
      await changeMyPassword(current.control.value, next.control.value);
      (current.control as HTMLInputElement).value = '';
      (next.control as HTMLInputElement).value = '';
      status.replaceChildren(notice('ok', t('account.passwordChanged')));
      onDone();
    } catch (e) {
      status.replaceChildren(notice('error', errorText(e), ...unclaimedText(e, fields)));
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

/** After a support-desk reset: the one-time password must be replaced before anything else. */
export function changePasswordPage(context: PageContext): void {
  if (!loggedIn()) {
    navigate('/login', true);
    return;
  }
  const next = nextPath(context.query);
  context.main.append(heading(t('account.mustChangeTitle'), t('account.mustChangeLead')),
    passwordForm(() => navigate(next, true)));
}

export async function accountPage(context: PageContext): Promise<void> {
  if (!loggedIn()) {
    navigate('/login?next=/me/account', true);
    return;
  }
  const { main } = context;
  main.append(heading(t('account.title'), t('account.lead')), loading());
  let mine: MyAccount;
  let units: string[] | null;
  let communes: string[] | null;
  try {
    [mine, units, communes] = await Promise.all([fetchMyAccount(), fetchCatalog('units'), fetchCatalog('communes')]);
  } catch (e) {
    if (!context.active()) return;
    if (e instanceof ApiError && e.status === 403) {
      navigate('/me/change-password?next=/me/account', true);
      return;
    }
    main.replaceChildren(heading(t('account.title')), errorNotice(e, () => render()));
    return;
  }
  if (!context.active()) return;
  const r = mine.registration;
  const facts: Array<[string, string]> = [
    [t('register.fullName'), r.fullName],
    [t('account.birthDate'), r.birthDate.split('-').reverse().join('/')],
    [t('account.citizenId'), r.citizenId],
    [t('account.phone'), r.phone],
    [t('account.group'), r.groupLabel],
    [t('account.consent'), t('account.consentText', { version: mine.consent.version, at: formatDateTime(mine.consent.acceptedAt) })],
  ];
  const support = h('div');
  const profile = h('section', { 'aria-labelledby': 'profile-title' },
    h('h2', { id: 'profile-title' }, t('account.profile')),
    h('dl', { class: 'facts' }, facts.flatMap(([k, v]) => [h('dt', null, k), h('dd', null, v)])),
    h('p', { class: 'hint' }, t('account.viaSupport')), support);
  void supportContacts().then((contacts) => {
    if (contacts && context.active()) support.append(contacts);
  });

  const unit = named('unit', t('register.unit'), r.unit ?? '', units, t('register.optional'));
  const commune = named('commune', t('register.commune'), r.commune, communes);
  const email = field('email', t('register.email'),
    h('input', { type: 'email', maxlength: '254', value: r.email ?? '', autocomplete: 'email' }), t('account.emailHint'), t('register.optional'));
  const fields = [unit, commune, email];
  const saveStatus = h('div', { class: 'form-status', 'aria-live': 'polite' });
  const save = h('button', { class: 'btn btn-primary', type: 'submit' }, t('account.save')) as HTMLButtonElement;
  const corrections = h('form', { class: 'form', novalidate: true }, ...fields.map((f) => f.wrapper), saveStatus, save);
  corrections.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(fields);
    save.disabled = true;
    try {
      await correctMyAccount({ unit: unit.control.value, commune: commune.control.value, email: email.control.value });
      saveStatus.replaceChildren(notice('ok', t('account.saved')));
    } catch (e) {
      saveStatus.replaceChildren(notice('error', errorText(e), ...unclaimedText(e, fields)));
    } finally {
      save.disabled = false;
    }
  });

  const downloadStatus = h('div', { 'aria-live': 'polite' });
  const download = h('button', { class: 'btn', type: 'button' }, t('account.download')) as HTMLButtonElement;
  download.addEventListener('click', async () => {
    download.disabled = true;
    try {
      const data = await fetchMyData();
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      const a = h('a', { href: url, download: 'du-lieu-cua-toi.json' });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      downloadStatus.replaceChildren(notice('ok', t('account.downloaded')));
    } catch (e) {
      downloadStatus.replaceChildren(notice('error', errorText(e)));
    } finally {
      download.disabled = false;
    }
  });

  main.replaceChildren(heading(t('account.title'), t('account.lead')), profile,
    h('section', { 'aria-labelledby': 'fix-title' }, h('h2', { id: 'fix-title' }, t('account.corrections')), corrections),
    h('section', { 'aria-labelledby': 'password-title' }, h('h2', { id: 'password-title' }, t('account.passwordTitle')),
      passwordForm(() => undefined)),
    h('section', { 'aria-labelledby': 'data-title' }, h('h2', { id: 'data-title' }, t('account.dataTitle')),
      h('p', null, t('account.dataLead')), download, downloadStatus),
    deletionSection(mine.deletion ?? null));
}

function deletionSection(current: DeletionStatus | null): HTMLElement {
  const section = h('section', { 'aria-labelledby': 'delete-title' }, h('h2', { id: 'delete-title' }, t('account.deleteTitle')));
  const draw = (state: DeletionStatus | null) => {
    section.replaceChildren(h('h2', { id: 'delete-title' }, t('account.deleteTitle')));
    if (state?.status === 'SCHEDULED') {
      const cancel = h('button', { class: 'btn', type: 'button' }, t('account.deleteCancel')) as HTMLButtonElement;
      cancel.addEventListener('click', async () => {
        cancel.disabled = true;
        try {
          draw(await cancelDeletion());
        } catch (e) {
          section.append(notice('error', errorText(e)));
          cancel.disabled = false;
        }
      });
      section.append(notice('warn', state.message),
        state.waitingFor?.length ? h('ul', null, state.waitingFor.map((w) => h('li', null, w))) : '', cancel);
      return;
    }
    const password = field('password', t('account.deletePassword'),
      h('input', { type: 'password', autocomplete: 'current-password', required: true }));
    const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
    const submit = h('button', { class: 'btn btn-danger', type: 'submit' }, t('account.deleteSubmit')) as HTMLButtonElement;
    const form = h('form', { class: 'form', novalidate: true }, password.wrapper, status, submit);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors([password]);
      if (!window.confirm(t('account.deleteConfirm'))) return;
      submit.disabled = true;
      try {
        const result = await requestDeletion(password.control.value);
        if (result.status === 'DONE') {
          clearTokens();
          section.replaceChildren(h('h2', { id: 'delete-title' }, t('account.deleteTitle')), notice('ok', result.message));
          return;
        }
        draw(result);
      } catch (e) {
        status.replaceChildren(notice('error', errorText(e), ...unclaimedText(e, [password])));
        submit.disabled = false;
      }
    });
    section.append(h('p', null, t('account.deleteLead')), form);
  };
  draw(current);
  return section;
}
