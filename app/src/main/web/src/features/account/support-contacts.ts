/** How to reach the support desk (đường dây nóng, giờ làm việc), from each contest's settings. */
import { h } from '../../lib/dom';
import { t } from '../../lib/i18n';
import { fetchContests } from '../contest';

export async function supportContacts(): Promise<HTMLElement | null> {
  const contests = await fetchContests().catch(() => []);
  const reachable = contests.filter((c) => c.supportHotline);
  if (!reachable.length) return null;
  return h('div', { class: 'support-contacts' },
    h('h2', null, t('support.title')),
    h('ul', null, reachable.map((c) => h('li', null,
      h('strong', null, c.name), h('br'),
      t('support.hotline') + ': ', h('a', { href: `tel:${(c.supportHotline ?? '').replace(/[^0-9+]/g, '')}` }, c.supportHotline ?? ''),
      c.supportHours ? h('span', null, ` (${c.supportHours})`) : null))));
}
