/** Where the API lives: the same origin that served the console, unless a dev server says otherwise. */
export const env = {
  apiUrl: (import.meta.env.VITE_API_URL as string | undefined) ?? '',
  liveRefreshMs: 10_000,
};
