import { QueryClient } from '@tanstack/react-query';

/**
 * The console's server data cache. A screen shows what its query key asks for, so a slow answer to
 * an older filter lands in that filter's cache entry and never over the newer one on screen. No
 * retries (an error shows at once, as the API's message) and no refetch when the tab regains focus:
 * screens load when they open, when their key changes and when a change invalidates them.
 */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
