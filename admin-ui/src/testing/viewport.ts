/**
 * jsdom answers every media query with "no", so antd lays screens out as on the narrowest phone.
 * This makes min-width/max-width queries answer as a window `width` pixels wide would; call
 * resetViewport() after the test.
 */
const original = window.matchMedia;

export function setViewportWidth(width: number) {
  window.matchMedia = ((query: string) => {
    const min = /min-width:\s*(\d+)px/.exec(query);
    const max = /max-width:\s*(\d+(?:\.\d+)?)px/.exec(query);
    const matches = (!min || width >= Number(min[1])) && (!max || width <= Number(max[1])) && !!(min || max);
    return {
      matches,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    };
  }) as typeof window.matchMedia;
}

export function resetViewport() {
  window.matchMedia = original;
}
