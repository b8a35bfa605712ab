/** Form fields with their label, hint and error wired for screen readers. */
import { h, uid } from './dom';
import { lang } from './i18n';
import type { FieldError } from './api-client';

export interface Field {
  name: string;
  wrapper: HTMLElement;
  control: HTMLInputElement | HTMLSelectElement;
  error: HTMLElement;
}

export function field(name: string, label: string, control: HTMLInputElement | HTMLSelectElement, hint?: string, optional?: string): Field {
  const id = uid(name);
  control.id = id;
  control.name = name;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  control.setAttribute('aria-describedby', hint ? `${hintId} ${errorId}` : errorId);
  const error = h('p', { class: 'field-error', id: errorId });
  const wrapper = h('div', { class: 'field' },
    h('label', { for: id }, label, optional ? h('span', { class: 'optional' }, ` (${optional})`) : null),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    control,
    error);
  return { name, wrapper, control, error };
}

export function clearErrors(fields: Field[]): void {
  for (const f of fields) {
    f.error.textContent = '';
    f.control.removeAttribute('aria-invalid');
    f.wrapper.classList.remove('invalid');
  }
}

/** Puts each server error at its field, word for word; returns the ones no field claimed. */
export function showErrors(fields: Field[], errors: FieldError[]): FieldError[] {
  const unclaimed: FieldError[] = [];
  for (const e of errors) {
    const target = fields.find((f) => f.name === e.field) ?? fields.find((f) => e.field.startsWith(f.name + '.'));
    if (!target) {
      unclaimed.push(e);
      continue;
    }
    const text = lang() === 'vi' ? e.message : e.messageEn;
    target.error.textContent = target.error.textContent ? `${target.error.textContent} ${text}` : text;
    target.control.setAttribute('aria-invalid', 'true');
    target.wrapper.classList.add('invalid');
  }
  return unclaimed;
}
