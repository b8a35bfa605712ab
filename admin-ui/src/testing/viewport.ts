/**
 * The test setup answers antd's min-width/max-width media queries for `window.innerWidth` (jsdom's
 * 1024): this makes them answer as a window `width` pixels wide would; call resetViewport() after the test.
 */
const original = window.innerWidth;

export function setViewportWidth(width: number) {
  Object.defineProperty(window, 'innerWidth', { configurable: true, writable: true, value: width });
}

export function resetViewport() {
  setViewportWidth(original);
}
