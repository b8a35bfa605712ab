import { del, get, post, put } from '../../lib/api-client';
import { saveTokens, type Tokens } from '../../lib/auth-store';

export interface Registration {
  accountId: number;
  fullName: string;
  citizenId: string;
  phone: string;
  email?: string | null;
  birthDate: string;
  commune: string;
  unit?: string | null;
  groupLabel: string;
  registeredAt: string;
}

export interface DeletionStatus {
  status: 'SCHEDULED' | 'DONE' | 'CANCELLED';
  statusLabel: string;
  requestedAt: string;
  waitingFor?: string[];
  message: string;
}

export interface MyAccount {
  registration: Registration;
  consent: { version: string; acceptedAt: string };
  deletion?: DeletionStatus | null;
}

export const fetchMyAccount = () => get<MyAccount>('/api/me/account');

export const correctMyAccount = (body: { unit: string; commune: string; email: string }) =>
  put<MyAccount>('/api/me/account', body);

/** Every session ends; the answer is this device's new session. */
export async function changeMyPassword(currentPassword: string, newPassword: string): Promise<void> {
  saveTokens(await post<Tokens>('/api/me/password', { currentPassword, newPassword }));
}

export const fetchMyData = () => get<unknown>('/api/me/data-export');

export const requestDeletion = (password: string) => post<DeletionStatus>('/api/me/deletion', { password });

export const cancelDeletion = () => del<DeletionStatus>('/api/me/deletion');

export const askResetLink = (login: string) =>
  post<{ message: string; messageEn: string }>('/api/password-reset', { login }, { auth: false });

export const resetPassword = (token: string, newPassword: string) =>
  post<void>('/api/password-reset/confirm', { token, newPassword }, { auth: false });
