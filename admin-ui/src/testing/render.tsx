import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import { tokens } from '@/lib/api-client';

/** The whole console at `path`, signed in with `token` unless it is null. */
export function renderApp(path = '/', token: string | null = 'token-admin') {
  if (token) tokens.set(token);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return render(
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>,
  );
}
