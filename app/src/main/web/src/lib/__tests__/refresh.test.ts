import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../device', () => ({ deviceFingerprint: () => 'test-device' }));

const store = new Map<string, string>();
const storage = () => vi.stubGlobal('localStorage', {
  getItem: (k: string) => store.get(k) ?? null,
  setItem: (k: string, v: string) => void store.set(k, v),
  removeItem: (k: string) => void store.delete(k),
});

const { get } = await import('../api-client');
const { auth, saveTokens } = await import('../auth-store');

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('renewing the session', () => {
  beforeEach(async () => {
    store.clear();
    storage();
    // the previous renewal is forgotten on the next turn of the event loop
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('uses the tokens another tab has just renewed instead of spending the old refresh token', async () => {
    saveTokens({ access_token: 'a1', refresh_token: 'r1' });
    const calls: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
      const bearer = (init.headers as Record<string, string>)?.Authorization ?? '';
      calls.push(`${url} ${bearer}`);
      if (url === '/oauth/access_token') return json(400, { error: 'invalid_grant' });
      if (bearer === 'Bearer a1') {
        // meanwhile the other tab renewed with r1 and stored its tokens
        saveTokens({ access_token: 'a2', refresh_token: 'r2' });
        return json(401, {});
      }
      return json(200, { ok: true });
    }));

    expect(await get('/api/me')).toEqual({ ok: true });
    expect(calls).toEqual(['/api/me Bearer a1', '/api/me Bearer a2']);
    expect(auth()?.refresh_token).toBe('r2');
  });

  it('renews silently with a rotated refresh token when the access token has expired', async () => {
    saveTokens({ access_token: 'a1', refresh_token: 'r1' });
    vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
      if (url === '/oauth/access_token') {
        expect(JSON.parse(String(init.body)).refresh_token).toBe('r1');
        return json(200, { access_token: 'a2', refresh_token: 'r2' });
      }
      return (init.headers as Record<string, string>).Authorization === 'Bearer a2' ? json(200, { ok: true }) : json(401, {});
    }));

    expect(await get('/api/me')).toEqual({ ok: true });
    expect(auth()).toEqual({ access_token: 'a2', refresh_token: 'r2' });
  });

  it('signs out when the stored refresh token itself is refused (logout elsewhere, password changed)', async () => {
    saveTokens({ access_token: 'a1', refresh_token: 'r1' });
    vi.stubGlobal('fetch', vi.fn(async (url: string) => (url === '/oauth/access_token' ? json(400, { error: 'invalid_grant' }) : json(401, {}))));

    await expect(get('/api/me')).rejects.toMatchObject({ status: 401 });
    expect(auth()).toBeNull();
  });
});
