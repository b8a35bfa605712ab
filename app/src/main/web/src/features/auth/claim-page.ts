/**
 * Giành lại danh tính: somebody registered my citizen ID or phone first. The person leaves a
 * contact; the committee checks their papers and hands the identity back. The answer is the same
 * whether or not the number is registered, so the form reveals nothing about anyone.
 */
import { h } from '../../lib/dom';
import { lang, t } from '../../lib/i18n';
import { ApiError, post } from '../../lib/api-client';
import { errorText, heading, notice } from '../../lib/ui';
import type { PageContext } from '../../lib/router';
import { solveBotCheck } from './bot-check';
import { clearErrors, field, showErrors } from '../../lib/form';

export function claimPage(context: PageContext): void {
  const citizenId = field('citizenId', t('claim.citizenId'),
    h('input', { type: 'text', inputmode: 'numeric', maxlength: '20', autocomplete: 'off' }), t('claim.citizenIdHint'));
  const phone = field('phone', t('claim.phone'),
    h('input', { type: 'tel', inputmode: 'tel', maxlength: '20', autocomplete: 'off' }), undefined, t('register.optional'));
  const fullName = field('fullName', t('register.fullName'),
    h('input', { type: 'text', maxlength: '150', autocomplete: 'name' }), t('register.fullNameHint'));
  const contact = field('contact', t('claim.contact'),
    h('input', { type: 'text', maxlength: '254', autocomplete: 'tel' }), t('claim.contactHint'));
  const note = field('note', t('claim.note'),
    h('input', { type: 'text', maxlength: '1000' }), undefined, t('register.optional'));
  const fields = [citizenId, phone, fullName, contact, note];
  const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
  const submit = h('button', { class: 'btn btn-primary btn-block', type: 'submit' }, t('claim.submit')) as HTMLButtonElement;
  const form = h('form', { class: 'form', novalidate: true }, ...fields.map((f) => f.wrapper), status, submit);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(fields);
    submit.disabled = true;
    status.replaceChildren(notice('info', t('botCheck.working')));
    try {
      const altcha = await solveBotCheck().catch(() => undefined);
      const answer = await post<{ claimId: number; message: string }>('/api/identity-claims', {
        citizenId: citizenId.control.value, phone: phone.control.value, fullName: fullName.control.value,
        contact: contact.control.value, note: note.control.value, altcha,
      });
      form.replaceWith(notice('ok', lang() === 'vi' ? answer.message : t('claim.received', { id: answer.claimId })));
    } catch (e) {
      const unclaimed = showErrors(fields, e instanceof ApiError ? e.errors : []);
      status.replaceChildren(notice('error', errorText(e),
        ...unclaimed.map((u) => h('p', null, lang() === 'vi' ? u.message : u.messageEn))));
    } finally {
      submit.disabled = false;
    }
  });

  context.main.append(heading(t('claim.title'), t('claim.lead')), form);
}
