/**
 * The one API client: bearer token, refresh on 401, and the server's one error shape
 * ({status, code, message, messageEn, errors[], details}) turned into {@link ApiError}.
 */
import { auth, saveTokens, clearTokens, type Tokens } from './auth-store';
import { deviceFingerprint } from './device';

export interface FieldError {
  field: string;
  code: string;
  message: string;
  messageEn: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageVi: string,
    readonly messageEn: string,
    readonly errors: FieldError[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(messageEn || code);
  }
}

/** The request never reached the server, or its answer never came back: worth retrying. */
export class NetworkError extends Error {}

interface Options {
  body?: unknown;
  headers?: Record<string, string>;
  /** Send the token when there is one (default true). */
  auth?: boolean;
}

export async function apiCall<T>(method: string, path: string, options: Options = {}): Promise<T> {
  const sentWith = auth()?.access_token;
  const first = await send(method, path, options);
  if (first.status === 401 && options.auth !== false && auth()?.refresh_token) {
    if (await refresh(sentWith)) {
      return read<T>(await send(method, path, options));
    }
  }
  return read<T>(first);
}

export const get = <T>(path: string, options?: Options) => apiCall<T>('GET', path, options);
export const post = <T>(path: string, body?: unknown, options?: Options) => apiCall<T>('POST', path, { ...options, body });
export const put = <T>(path: string, body?: unknown, options?: Options) => apiCall<T>('PUT', path, { ...options, body });
export const del = <T>(path: string, options?: Options) => apiCall<T>('DELETE', path, options);

/** A file (a PDF certificate): the same token and refresh, the body as a Blob; a refusal as {@link ApiError}. */
export async function getBlob(path: string): Promise<Blob> {
  let response = await send('GET', path, {});
  if (response.status === 401 && auth()?.refresh_token && (await refresh())) response = await send('GET', path, {});
  if (response.ok) return response.blob();
  return read<never>(response);
}

async function send(method: string, path: string, options: Options): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', 'X-Device': deviceFingerprint(), ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const tokens = auth();
  if (tokens && options.auth !== false) headers.Authorization = `Bearer ${tokens.access_token}`;
  try {
    return await fetch(path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      cache: 'no-store',
    });
  } catch (e) {
    throw new NetworkError(String(e));
  }
}

/** Fired when a public read was answered from the server's short cache past capacity (X-Stale: true). */
export const STALE_EVENT = 'contest:stale';

async function read<T>(response: Response): Promise<T> {
  if (response.headers?.get('X-Stale') === 'true' && typeof window !== 'undefined') {
    window.dispatchEvent(new CustomEvent(STALE_EVENT));
  }
  if (response.status === 204) return undefined as T;
  let body: unknown;
  try {
    const text = await response.text();
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (response.ok) return body as T;
  const e = (body ?? {}) as Partial<{ code: string; message: string; messageEn: string; errors: FieldError[]; details: Record<string, unknown> }>;
  throw new ApiError(response.status, e.code ?? `HTTP_${response.status}`, e.message ?? '', e.messageEn ?? '',
    e.errors ?? [], e.details ?? {});
}

let refreshing: Promise<boolean> | null = null;

/**
 * One refresh at a time, shared by every request that found its token expired — and across the
 * browser's tabs (Web Locks), since a refresh token is single-use: two tabs renewing with the same
 * one would otherwise have the second refused and sign the person out everywhere. A tab that gets
 * the lock after another tab renewed finds new tokens stored and simply uses them, so a person signs
 * in about once per device for the whole contest.
 */
function refresh(sentWith?: string): Promise<boolean> {
  if (!refreshing) {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    const run = () => renew(sentWith);
    const renewal: Promise<boolean> = locks ? (locks.request('contest.auth.refresh', run) as unknown as Promise<boolean>) : run();
    refreshing = renewal.finally(() => {
      setTimeout(() => (refreshing = null), 0);
    });
  }
  return refreshing as Promise<boolean>;
}

async function renew(sentWith?: string): Promise<boolean> {
  const current = auth();
  if (!current) return false;
  // another tab renewed while this request was out: its tokens are the ones to use now
  if (sentWith !== undefined && current.access_token !== sentWith) return true;
  try {
    const response = await fetch('/oauth/access_token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ grant_type: 'refresh_token', refresh_token: current.refresh_token }),
    });
    if (!response.ok) {
      // refused (revoked by logout, a password change, a disabled account): signed out — unless another
      // tab without Web Locks renewed in the meantime and stored a newer token
      if ((response.status === 400 || response.status === 401 || response.status === 403)
        && auth()?.refresh_token === current.refresh_token) clearTokens();
      return auth()?.refresh_token !== current.refresh_token && auth() !== null;
    }
    const tokens = (await response.json()) as Tokens;
    saveTokens({ ...tokens, refresh_token: tokens.refresh_token ?? current.refresh_token });
    return true;
  } catch {
    return false;
  }
}
