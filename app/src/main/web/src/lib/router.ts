/**
 * Hash routes (#/contest/1, #/attempt/42 …): the server only ever serves index.html at /, so
 * any link or reload lands on the right screen without server-side routing.
 */
export interface PageContext {
  main: HTMLElement;
  params: string[];
  query: URLSearchParams;
  /** Called when the page is left: timers, listeners. */
  onLeave(cleanup: () => void): void;
  /** False once the user has moved on, so late answers do not draw over the next page. */
  active(): boolean;
}

export type Page = (context: PageContext) => void | Promise<void>;

interface Route {
  pattern: RegExp;
  page: Page;
}

const routes: Route[] = [];
let cleanups: Array<() => void> = [];
let generation = 0;
let notFound: Page = () => undefined;

export function route(pattern: RegExp, page: Page): void {
  routes.push({ pattern, page });
}

export function fallback(page: Page): void {
  notFound = page;
}

export function currentPath(): string {
  const hash = location.hash.replace(/^#/, '');
  return hash.split('?')[0] || '/';
}

export function navigate(path: string, replace = false): void {
  const target = '#' + path;
  if (location.hash === target) {
    render();
  } else if (replace) {
    history.replaceState(null, '', target);
    render();
  } else {
    location.hash = target;
  }
}

export function startRouter(main: HTMLElement): void {
  window.addEventListener('hashchange', () => render());
  mainElement = main;
  render();
}

let mainElement: HTMLElement;

export function render(): void {
  cleanups.forEach((c) => c());
  cleanups = [];
  generation += 1;
  const mine = generation;
  const hash = location.hash.replace(/^#/, '');
  const [path, search] = [hash.split('?')[0] || '/', hash.split('?')[1] ?? ''];
  const main = mainElement;
  main.replaceChildren();
  main.setAttribute('aria-busy', 'true');
  const context: PageContext = {
    main,
    params: [],
    query: new URLSearchParams(search),
    onLeave: (cleanup) => cleanups.push(cleanup),
    active: () => generation === mine,
  };
  const found = routes.find((r) => r.pattern.test(path));
  if (found) context.params = (found.pattern.exec(path) ?? []).slice(1);
  Promise.resolve((found?.page ?? notFound)(context)).finally(() => {
    if (generation !== mine) return;
    main.removeAttribute('aria-busy');
    // a screen-reader user hears the new screen's heading, as after a page load
    const heading = main.querySelector('h1');
    if (heading && !main.contains(document.activeElement)) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    }
    document.title = heading?.textContent ? `${heading.textContent} · ${document.documentElement.dataset.site ?? ''}` : document.title;
  });
}
