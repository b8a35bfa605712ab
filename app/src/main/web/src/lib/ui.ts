/** Small shared pieces of the screens: messages, loading, errors, a once-a-second ticker. */
import { h } from './dom';
import { ApiError, NetworkError } from './api-client';
import { lang, t } from './i18n';
import type { PageContext } from './router';

export function heading(text: string, sub?: string | null): HTMLElement {
  return h('div', { class: 'page-head' }, h('h1', null, text), sub ? h('p', { class: 'lead' }, sub) : null);
}

export function loading(): HTMLElement {
  return h('p', { class: 'loading', role: 'status' }, t('common.loading'));
}

export function notice(kind: 'info' | 'ok' | 'warn' | 'error', ...content: Array<Node | string>): HTMLElement {
  return h('div', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, ...content);
}

/** The server's own words for a failure, in the chosen language. */
export function errorText(e: unknown): string {
  if (e instanceof ApiError) {
    const text = lang() === 'vi' ? e.messageVi : e.messageEn;
    return text || t('error.generic');
  }
  if (e instanceof NetworkError) return t('error.network');
  return t('error.generic');
}

export function errorNotice(e: unknown, retry?: () => void): HTMLElement {
  return notice('error', h('span', null, errorText(e)), retry ? h('button', { class: 'btn btn-small', type: 'button', onclick: retry }, t('common.retry')) : '');
}

/** Calls `tick` now and every second until the page is left. */
export function everySecond(context: PageContext, tick: () => void): void {
  tick();
  const id = window.setInterval(tick, 1000);
  context.onLeave(() => window.clearInterval(id));
}

export function link(href: string, text: string, cls = ''): HTMLAnchorElement {
  return h('a', { href: '#' + href, class: cls || undefined }, text);
}
