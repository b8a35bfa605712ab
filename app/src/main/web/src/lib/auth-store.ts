/** Tokens kept in localStorage so a reload (or a dropped connection) never logs anyone out mid-attempt. */
export interface Tokens {
  access_token: string;
  refresh_token: string;
  expires_in?: number;
}

const KEY = 'contest.auth';
const listeners = new Set<() => void>();

export function auth(): Tokens | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Tokens) : null;
  } catch {
    return null;
  }
}

export function saveTokens(tokens: Tokens): void {
  localStorage.setItem(KEY, JSON.stringify({ access_token: tokens.access_token, refresh_token: tokens.refresh_token }));
  listeners.forEach((l) => l());
}

export function clearTokens(): void {
  localStorage.removeItem(KEY);
  listeners.forEach((l) => l());
}

export function onAuthChange(listener: () => void): void {
  listeners.add(listener);
}

export const loggedIn = () => auth() !== null;
