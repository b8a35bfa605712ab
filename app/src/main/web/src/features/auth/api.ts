import { ApiError, get, post } from '../../lib/api-client';
import { saveTokens, type Tokens } from '../../lib/auth-store';
import { throughWaitingRoom, TICKET_HEADER, type WaitOptions } from '../../lib/waiting-room';

export interface Consent {
  version: string;
  text: string;
  textEn: string;
}

export interface RegistrationForm {
  fullName: string;
  citizenId: string;
  phone: string;
  email: string;
  birthDate: string;
  commune: string;
  unit: string;
  group: string;
  password: string;
  consent: { version: string; accepted: boolean };
  altcha?: string;
}

export interface Notice {
  id: number;
  kind: string;
  message: string;
  messageEn: string;
}

export interface Me {
  id: number;
  fullName: string;
  displayName: string;
  roles: string[];
  notices?: Notice[];
  /** The session was opened with a one-time password from the support desk. */
  mustChangePassword?: boolean;
}

export const markNoticeSeen = (id: number) => post<void>(`/api/me/notices/${id}/seen`);

export const fetchConsent = () => get<Consent>('/api/consent', { auth: false });

/** Registers, waiting in the sign-in lane's waiting room when the server is past capacity. */
export const register = (form: RegistrationForm, options: WaitOptions = {}) => throughWaitingRoom((ticket) =>
  post<{ participantId: number }>('/api/register', form, { auth: false, headers: ticket ? { [TICKET_HEADER]: ticket } : undefined }), options);

/** Logs in, waiting in the sign-in lane's waiting room when the server is past capacity. */
export async function login(username: string, password: string, altcha?: string, options: WaitOptions = {}): Promise<void> {
  const body = altcha ? { username, password, altcha } : { username, password };
  const tokens = await throughWaitingRoom((ticket) => post<Tokens>('/login', body,
    { auth: false, headers: ticket ? { [TICKET_HEADER]: ticket } : undefined }), options);
  saveTokens(tokens);
}

export const fetchMe = () => get<Me>('/api/me');

/**
 * A picker's choices from the catalog (đơn vị, xã/phường), or null when the catalog is not
 * there or empty: the form then asks for the name as text.
 */
export async function fetchCatalog(kind: 'units' | 'communes'): Promise<string[] | null> {
  try {
    const list = await get<Array<string | { name?: string }>>(`/api/catalog/${kind}`, { auth: false });
    if (!Array.isArray(list)) return null;
    const names = list.map((item) => (typeof item === 'string' ? item : item?.name ?? '')).filter(Boolean);
    return names.length ? names : null;
  } catch (e) {
    if (e instanceof ApiError || e instanceof Error) return null;
    throw e;
  }
}
