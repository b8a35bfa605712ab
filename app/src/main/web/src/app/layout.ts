/** The frame around every screen: skip link, header with navigation and language, footer. */
import { h } from '../lib/dom';
import { lang, setLang, t } from '../lib/i18n';
import { post, STALE_EVENT } from '../lib/api-client';
import { notice } from '../lib/ui';
import { clearTokens, loggedIn, onAuthChange } from '../lib/auth-store';
import { navigate, render } from '../lib/router';

export function mountLayout(root: HTMLElement): HTMLElement {
  const main = h('main', { id: 'main', tabindex: '-1' });
  const nav = h('nav', { class: 'site-nav', 'aria-label': t('nav.menu') });
  const header = h('header', { class: 'site-header' });
  const footer = h('footer', { class: 'site-footer' });

  const skip = h('a', { class: 'skip-link', href: '#main', onclick: (e: Event) => {
    e.preventDefault();
    main.focus();
  } });

  const draw = () => {
    document.documentElement.lang = lang();
    document.documentElement.dataset.site = t('site.name');
    skip.textContent = t('nav.skip');
    nav.setAttribute('aria-label', t('nav.menu'));
    const links: HTMLElement[] = [h('a', { href: '#/' }, t('nav.home'))];
    if (loggedIn()) {
      links.push(h('a', { href: '#/me/attempts' }, t('nav.history')));
      links.push(h('a', { href: '#/me/account' }, t('nav.account')));
      links.push(h('button', { type: 'button', class: 'linkish', onclick: logout }, t('nav.logout')));
    } else {
      links.push(h('a', { href: '#/login' }, t('nav.login')));
      links.push(h('a', { href: '#/register' }, t('nav.register')));
    }
    const other = lang() === 'vi' ? 'en' : 'vi';
    links.push(h('button', {
      type: 'button',
      class: 'lang',
      lang: other,
      'aria-label': t('lang.switchLabel'),
      onclick: () => {
        setLang(other);
        draw();
        markCurrent();
        render();
      },
    }, t('lang.switch')));
    nav.replaceChildren(h('ul', null, links.map((l) => h('li', null, l))));
    header.replaceChildren(h('div', { class: 'wrap' }, h('a', { class: 'brand', href: '#/' }, t('site.name')), nav));
    footer.replaceChildren(h('div', { class: 'wrap' }, h('p', null, t('site.footer'))));
  };
  onAuthChange(draw);
  // the current screen's link says so, to sight and to screen readers
  const markCurrent = () => {
    const path = location.hash.replace(/^#/, '').split('?')[0] || '/';
    nav.querySelectorAll('a').forEach((a) => {
      if (a.getAttribute('href') === '#' + path) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    });
  };
  window.addEventListener('hashchange', markCurrent);
  onAuthChange(markCurrent);
  draw();
  markCurrent();
  // past capacity the contest list and boards come from the server's few seconds' cache: say so
  const stale = h('div', { class: 'wrap', role: 'status', 'aria-live': 'polite' });
  let staleTimer: number | undefined;
  window.addEventListener(STALE_EVENT, () => {
    stale.replaceChildren(notice('info', t('stale.notice')));
    window.clearTimeout(staleTimer);
    staleTimer = window.setTimeout(() => stale.replaceChildren(), 10_000);
  });
  root.replaceChildren(skip, header, stale, h('div', { class: 'wrap' }, main), footer);
  return main;
}

async function logout(): Promise<void> {
  try {
    await post('/api/logout');
  } catch {
    // the tokens are dropped here anyway; the refresh token expires on its own
  }
  clearTokens();
  navigate('/');
}
