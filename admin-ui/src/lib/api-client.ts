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
let onUnauthorized: () => void = () => {};

export const tokens = {
  get: () => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string) => sessionStorage.setItem(TOKEN_KEY, token),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

/** The auth provider registers here what a 401 should do: forget the token and show the login. */
export function setUnauthorizedHandler(handler: () => void) {
  onUnauthorized = handler;
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

async function send(path: string, { method = 'GET', body, query }: Options = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = tokens.get();
  if (token) headers.Authorization = `Bearer ${token}`;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) {
    payload = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(url(path, query), { method, headers, body: payload });
  if (response.ok) return response;
  if (response.status === 401 && path !== '/login') {
    tokens.clear();
    onUnauthorized();
  }
  let data: Partial<{ code: string; message: string; messageEn: string; errors: FieldError[]; details: unknown }> = {};
  try {
    data = await response.json();
  } catch {
    // not the API's JSON (a proxy's error page): keep the status alone
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
