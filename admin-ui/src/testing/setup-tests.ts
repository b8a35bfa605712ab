import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from './server';

/**
 * antd's breakpoints ask (min-width: …px) and (max-width: …px): answer for the window's width (jsdom's
 * 1024 unless a test narrows it); anything else (colour scheme, motion) does not match.
 */
function widthMatches(query: string) {
  const min = /min-width:\s*(\d+)px/.exec(query);
  const max = /max-width:\s*(\d+(?:\.\d+)?)px/.exec(query);
  if (!min && !max) return false;
  return (!min || window.innerWidth >= Number(min[1])) && (!max || window.innerWidth <= Number(max[1]));
}

// antd reads these browser APIs, which jsdom lacks
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: widthMatches(query),
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});
globalThis.ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;
// Inline styles only: jsdom's real getComputedStyle matches every rule of antd's injected
// stylesheets, and Testing Library calls it for each element it names or checks for visibility —
// that made a query take seconds and the suite nine minutes. antd hides closed dialogs and popups with
// inline styles, which this still sees.
window.getComputedStyle = ((el: Element) => (el as HTMLElement).style ?? document.createElement('div').style) as typeof window.getComputedStyle;

configure({ asyncUtilTimeout: 30_000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  sessionStorage.clear();
  localStorage.clear();
});
afterAll(() => server.close());
