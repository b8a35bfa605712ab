import { env } from '@/config/env';

/** One field's complaint, as the API's error shape carries it. */
export type FieldError = { field: string; code?: string; message: string; messageEn?: string };

/** The API's single error shape: {status, code, message, messageEn, errors[], details}. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly messageEn: string,
    readonly errors: FieldError[] = [],
    readonly details?: unknown,
  ) {
    super(message);
  }

  /** The message in the language the user chose. */
  text(lang: string): string {
    return lang === 'en' && this.messageEn ? this.messageEn : this.message;
  }
}

const TOKEN_KEY = 'contest-admin-token';
const REFRESH_KEY = 'contest-admin-refresh';
const USERNAME_KEY = 'contest-admin-username';

/** What POST /login and POST /oauth/access_token answer. */
export type TokenResponse = { access_token: string; refresh_token?: string; username?: string; expires_in?: number };

/**
 * The session lives in sessionStorage: it survives a reload of the tab, not the tab itself. The
 * refresh token is kept so that an expired access token is renewed without the user noticing.
 */
export const tokens = {
  get: () => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string) => sessionStorage.setItem(TOKEN_KEY, token),
  refreshToken: () => sessionStorage.getItem(REFRESH_KEY),
  username: () => sessionStorage.getItem(USERNAME_KEY),
  /** Stores a login's or a renewal's answer; the refresh token is replaced whenever one comes back (rotation). */
  store: (response: TokenResponse, username?: string) => {
    sessionStorage.setItem(TOKEN_KEY, response.access_token);
    if (response.refresh_token) sessionStorage.setItem(REFRESH_KEY, response.refresh_token);
    // the name typed at the login: the server's "username" is the account's id, no use for signing in again
    if (username) sessionStorage.setItem(USERNAME_KEY, username);
  },
  clear: () => {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(REFRESH_KEY);
    sessionStorage.removeItem(USERNAME_KEY);
  },
};

let onUnauthorized: () => void = () => {};
/** Asks the user for the password again; true once they signed back in, false if they gave up. */
let onSessionEnded: (() => Promise<boolean>) | null = null;

/** The auth provider registers here what to do when the session is over for good: show the login. */
export function setUnauthorizedHandler(handler: () => void) {
  onUnauthorized = handler;
}

/**
 * The session dialog registers here: when the refresh token is revoked or expired, requests wait
 * while it asks for the password in place (the screen and its unsaved form stay as they are), then
 * go through.
 */
export function setSessionEndedHandler(handler: (() => Promise<boolean>) | null) {
  onSessionEnded = handler;
}

let onPasswordChangeRequired: () => void = () => {};

/** …and what a 403 PASSWORD_CHANGE_REQUIRED should do: show the forced password change. */
export function setPasswordChangeRequiredHandler(handler: () => void) {
  onPasswordChangeRequired = handler;
}

type Options = { method?: string; body?: unknown; query?: Record<string, string | number | boolean | undefined | null> };

function url(path: string, query?: Options['query']) {
  const params = new URLSearchParams();
  Object.entries(query ?? {}).forEach(([k, v]) => {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  });
  const qs = params.toString();
  return `${env.apiUrl || window.location.origin}${path}${qs ? `?${qs}` : ''}`;
}

/** Seconds since the epoch at which a JWT expires; null when the token is not a readable JWT. */
function expiresAt(token: string): number | null {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return typeof payload.exp === 'number' ? payload.exp : null;
  } catch {
    return null;
  }
}

let renewal: Promise<boolean> | null = null;

/**
 * Trades the refresh token for a new access token (and, with rotation, a new refresh token). One
 * renewal at a time: many requests failing together with 401 wait for the same one.
 */
export function renewSession(): Promise<boolean> {
  if (!renewal) {
    renewal = (async () => {
      const refreshToken = tokens.refreshToken();
      if (!refreshToken) return false;
      try {
        const response = await fetch(url('/oauth/access_token'), {
          method: 'POST',
          credentials: 'omit',
          headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
          body: JSON.stringify({ grant_type: 'refresh_token', refresh_token: refreshToken }),
        });
        if (!response.ok) return false;
        tokens.store(await response.json());
        return true;
      } catch {
        return false;
      }
    })().finally(() => {
      renewal = null;
    });
  }
  return renewal;
}

let reauthentication: Promise<boolean> | null = null;

/** The session is over: ask once for the password (however many requests are waiting), or give up. */
function sessionEnded(): Promise<boolean> {
  if (!onSessionEnded || !tokens.username()) return Promise.resolve(false);
  if (!reauthentication) {
    reauthentication = onSessionEnded().finally(() => {
      reauthentication = null;
    });
  }
  return reauthentication;
}

const AUTH_PATHS = ['/login', '/oauth/access_token'];

function attempt(path: string, { method = 'GET', body, query }: Options): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = tokens.get();
  if (token && !AUTH_PATHS.includes(path)) headers.Authorization = `Bearer ${token}`;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) {
    payload = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  // credentials 'omit': the token travels in the header, and a 401 to a request without
  // credentials never makes the browser show its own sign-in popup, whatever the server's challenge
  return fetch(url(path, query), { method, headers, body: payload, credentials: 'omit' }).catch(() => {
    // no answer at all: the network, or a server that cut an upload short once it saw its size
    throw body instanceof FormData
      ? new ApiError(0, 'UPLOAD_FAILED', 'Không gửi được tệp lên máy chủ: tệp có thể quá lớn, hoặc mạng bị gián đoạn.', 'The file could not be sent: it may be too large, or the network failed.')
      : new ApiError(0, 'NETWORK_ERROR', 'Không kết nối được máy chủ. Vui lòng thử lại.', 'Could not reach the server. Please try again.');
  });
}

async function send(path: string, options: Options = {}): Promise<Response> {
  const own = AUTH_PATHS.includes(path);
  // an access token about to expire is renewed first: one round trip instead of a 401 and a retry
  const token = tokens.get();
  const exp = token ? expiresAt(token) : null;
  if (!own && exp !== null && exp * 1000 < Date.now() + 2_000 && tokens.refreshToken()) await renewSession();

  let response = await attempt(path, options);
  if (response.status === 401 && !own) {
    // the access token expired or was refused: renew it and try once more; if the refresh token is
    // gone too, ask for the password in place and then try once more
    if ((await renewSession()) || (await sessionEnded())) response = await attempt(path, options);
    if (response.status === 401) {
      tokens.clear();
      onUnauthorized();
    }
  }
  if (response.ok) return response;
  let data: Partial<{ code: string; message: string; messageEn: string; errors: FieldError[]; details: unknown }> = {};
  try {
    data = await response.json();
  } catch {
    // not the API's JSON (a proxy's error page): keep the status alone
  }
  if (response.status === 413 && !data.message) {
    data = { code: 'PAYLOAD_TOO_LARGE', message: 'Tệp quá lớn.', messageEn: 'The file is too large.' };
  }
  if (response.status === 403 && data.code === 'PASSWORD_CHANGE_REQUIRED') onPasswordChangeRequired();
  throw new ApiError(
    response.status,
    data.code ?? `HTTP_${response.status}`,
    data.message ?? `Lỗi ${response.status}`,
    data.messageEn ?? `Error ${response.status}`,
    data.errors ?? [],
    data.details,
  );
}

export const api = {
  async get<T>(path: string, query?: Options['query']): Promise<T> {
    return (await send(path, { query })).json();
  },
  async post<T>(path: string, body?: unknown): Promise<T> {
    const response = await send(path, { method: 'POST', body });
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  },
  async put<T>(path: string, body?: unknown): Promise<T> {
    return (await send(path, { method: 'PUT', body })).json();
  },
  async delete(path: string): Promise<void> {
    await send(path, { method: 'DELETE' });
  },
  /** A file fetched with the token, kept as a Blob (a preview image shown in place). */
  async blob(path: string, query?: Options['query']): Promise<Blob> {
    return (await send(path, { query })).blob();
  },
  /** Fetches a file with the token and hands it to the browser as a download. */
  async download(path: string, fallbackName: string, query?: Options['query']): Promise<void> {
    const response = await send(path, { query });
    const disposition = response.headers.get('Content-Disposition') ?? '';
    const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName;
    const blob = await response.blob();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  },
};

/** Field errors in the shape antd's Form.setFields wants, in the chosen language. */
export function fieldErrors(error: unknown, lang: string) {
  if (!(error instanceof ApiError)) return [];
  return error.errors
    .filter((e) => e.field)
    .map((e) => ({
      // "tiers[0].name" and "tiers.0.name" both name the field ['tiers', 0, 'name']
      name: e.field.replace(/\[(\d+)\]/g, '.$1').split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      errors: [lang === 'en' && e.messageEn ? e.messageEn : e.message],
    }));
}
