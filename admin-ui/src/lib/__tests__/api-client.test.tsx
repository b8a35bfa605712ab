import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { api, ApiError, renewSession, setSessionEndedHandler, tokens } from '@/lib/api-client';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';

/**
 * A server that accepts only its newest access token, and only until `expire` makes it stale (as
 * ACCESS_TOKEN_SECONDS would); each renewal rotates the refresh token, and `revoked` ends the
 * session (the refresh token stops working, as after POST /api/logout from another client).
 */
function sessionServer() {
  const state = { n: 1, stale: false, renewals: 0, revoked: false, seen: [] as string[], bodies: [] as unknown[] };
  const accepted = (request: Request) => !state.stale && request.headers.get('Authorization') === `Bearer access-${state.n}`;
  const issue = () => {
    state.n++;
    state.stale = false;
    return { access_token: `access-${state.n}`, refresh_token: `refresh-${state.n}` };
  };
  server.use(
    http.post('/oauth/access_token', async ({ request }) => {
      const body = (await request.json()) as { grant_type: string; refresh_token: string };
      state.renewals++;
      await new Promise((r) => setTimeout(r, 20));
      if (state.revoked || body.grant_type !== 'refresh_token' || body.refresh_token !== `refresh-${state.n}`) {
        return HttpResponse.json({ error: 'invalid_grant' }, { status: 400 });
      }
      // Micronaut names the account by its id here, not by the name typed at the login
      return HttpResponse.json({ ...issue(), username: '1' });
    }),
    http.post('/login', async ({ request }) => {
      const body = (await request.json()) as { username: string; password: string };
      if (body.password !== 'Admin-test-1234') {
        return HttpResponse.json({ status: 401, code: 'UNAUTHORIZED', message: 'Sai', messageEn: 'Wrong' }, { status: 401 });
      }
      state.revoked = false;
      return HttpResponse.json({ ...issue(), username: body.username });
    }),
    http.get('/api/me', ({ request }) =>
      accepted(request) ? HttpResponse.json({ id: 1, fullName: 'Quản trị viên', roles: ['ADMIN'] }) : new HttpResponse(null, { status: 401 }),
    ),
    http.get('/api/echo', ({ request }) => {
      state.seen.push(request.headers.get('Authorization') ?? '');
      return accepted(request) ? HttpResponse.json({ ok: true }) : new HttpResponse(null, { status: 401 });
    }),
    http.put('/api/echo', async ({ request }) => {
      state.seen.push(request.headers.get('Authorization') ?? '');
      if (!accepted(request)) return new HttpResponse(null, { status: 401 });
      const body = await request.json();
      state.bodies.push(body);
      return HttpResponse.json(body);
    }),
  );
  tokens.store({ access_token: 'access-1', refresh_token: 'refresh-1' }, 'admin');
  return state;
}

/** The access token in use goes stale, as ACCESS_TOKEN_SECONDS after it was issued. */
const expire = (state: { stale: boolean }) => {
  state.stale = true;
};

afterEach(() => setSessionEndedHandler(null));

describe('the session', () => {
  it('renews an expired access token with the refresh token and retries the request once', async () => {
    const state = sessionServer();
    expire(state);

    expect(await api.get('/api/echo')).toEqual({ ok: true });

    expect(state.seen).toEqual(['Bearer access-1', 'Bearer access-2']);
    expect(state.renewals).toBe(1);
    expect(tokens.get()).toBe('access-2');
    // rotation: the refresh token the server returned replaces the old one
    expect(tokens.refreshToken()).toBe('refresh-2');
  });

  it('keeps renewing across several access tokens, each time with the newest refresh token', async () => {
    const state = sessionServer();
    for (let i = 0; i < 3; i++) {
      expire(state);
      expect(await api.get('/api/echo')).toEqual({ ok: true });
    }
    expect(state.renewals).toBe(3);
    expect(tokens.refreshToken()).toBe('refresh-4');
    // the session dialog signs in again with the name typed at the login, not the server's account id
    expect(tokens.username()).toBe('admin');
  });

  it('renews once for many requests that fail together (single flight)', async () => {
    const state = sessionServer();
    expire(state);

    const results = await Promise.all(Array.from({ length: 6 }, () => api.get('/api/echo')));

    expect(results).toEqual(Array.from({ length: 6 }, () => ({ ok: true })));
    expect(state.renewals).toBe(1);
    expect(state.seen.filter((s) => s === 'Bearer access-2')).toHaveLength(6);
  });

  it('retries only once: a request still refused after a renewal fails with 401 and signs out', async () => {
    const state = sessionServer();
    server.use(http.get('/api/echo', ({ request }) => {
      state.seen.push(request.headers.get('Authorization') ?? '');
      return new HttpResponse(null, { status: 401 });
    }));

    await expect(api.get('/api/echo')).rejects.toMatchObject({ status: 401 });

    expect(state.seen).toHaveLength(2);
    expect(state.renewals).toBe(1);
    expect(tokens.get()).toBeNull();
  });

  it('does not renew without a refresh token', async () => {
    tokens.set('access-1');
    let renewals = 0;
    server.use(http.post('/oauth/access_token', () => {
      renewals++;
      return HttpResponse.json({}, { status: 400 });
    }));
    expect(await renewSession()).toBe(false);
    expect(renewals).toBe(0);
  });

  it('when the refresh token is revoked, waits for the password and then sends the same save', async () => {
    const state = sessionServer();
    state.revoked = true;
    expire(state);
    let asked = 0;
    setSessionEndedHandler(async () => {
      asked++;
      // what the dialog does with the password
      const response = await api.post<{ access_token: string; refresh_token: string }>('/login', { username: 'admin', password: 'Admin-test-1234' });
      tokens.store(response, 'admin');
      return true;
    });

    const saved = await Promise.all([api.put('/api/echo', { name: 'Đợt 1 (sửa)' }), api.put('/api/echo', { name: 'Đợt 2' })]);

    expect(asked).toBe(1);
    expect(saved).toEqual([{ name: 'Đợt 1 (sửa)' }, { name: 'Đợt 2' }]);
    expect(state.bodies).toEqual(expect.arrayContaining([{ name: 'Đợt 1 (sửa)' }, { name: 'Đợt 2' }]));
  });

  it('sends no browser credentials, so a 401 can never open the browser\'s own sign-in popup', async () => {
    tokens.set('token-admin');
    let credentials = '';
    server.use(http.get('/api/echo', ({ request }) => {
      credentials = request.credentials;
      return HttpResponse.json({ ok: true });
    }));
    await api.get('/api/echo');
    expect(credentials).toBe('omit');
  });

  it('shows the server message of a refused upload (413) as it is', async () => {
    tokens.set('token-admin');
    server.use(http.post('/api/upload', () =>
      HttpResponse.json({ status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'Tệp quá lớn (tối đa 10 MB).', messageEn: 'File too large (10 MB at most).' }, { status: 413 }),
    ));
    const error = (await api.post('/api/upload', new FormData()).catch((e) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.text('vi')).toBe('Tệp quá lớn (tối đa 10 MB).');
  });

  it('says the file is too large when a proxy refuses it without the API error body', async () => {
    tokens.set('token-admin');
    server.use(http.post('/api/upload', () => new HttpResponse('<html>413</html>', { status: 413 })));
    const error = (await api.post('/api/upload', new FormData()).catch((e) => e)) as ApiError;
    expect(error.text('vi')).toMatch(/^Tệp quá lớn/);
  });
});

describe('the session dialog', () => {
  it('asks for the password over the screen and then loads what was waiting', async () => {
    const state = sessionServer();
    server.use(
      http.get('/api/admin/contests', ({ request }) =>
        request.headers.get('Authorization') === `Bearer access-${state.n}` && !state.stale
          ? HttpResponse.json([{ id: 1, slug: 'cds', name: 'Cuộc thi sau khi đăng nhập lại', status: 'DRAFT', bankId: 3, rounds: 1, updatedAt: '2026-11-01T00:00:00Z' }])
          : new HttpResponse(null, { status: 401 }),
      ),
    );
    renderApp('/password', null);
    // signed in (the stored session); now it is ended from another client
    await screen.findByRole('link', { name: 'Cuộc thi' });
    state.revoked = true;
    expire(state);
    await userEvent.click(screen.getByRole('link', { name: 'Cuộc thi' }));

    expect(await screen.findByText('Phiên làm việc đã kết thúc')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: 'nope' } });
    await userEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(await screen.findByText('Mật khẩu không đúng.')).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: 'Admin-test-1234' } });
    await userEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));

    expect(await screen.findByText('Cuộc thi sau khi đăng nhập lại')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Phiên làm việc đã kết thúc')).not.toBeInTheDocument());
  });
});
