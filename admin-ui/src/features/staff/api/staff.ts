import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** The backend's staff roles (account/Role.java); ADMIN may do everything. */
export const STAFF_ROLE_ORDER = ['ADMIN', 'ORGANIZER', 'COMMITTEE', 'COMMITTEE_CHAIR', 'SUPPORT'] as const;
export type StaffRole = (typeof STAFF_ROLE_ORDER)[number];

export type Staff = {
  id: number;
  username: string;
  fullName: string;
  roles: StaffRole[];
  enabled: boolean;
  createdAt: string;
  /** set while too many wrong passwords keep the login shut */
  lockedUntil?: string | null;
  /** still on the one-time password an ADMIN gave (new account or reset) */
  passwordChangeRequired?: boolean;
};
export type NewStaff = { username: string; fullName: string; roles: StaffRole[]; password?: string };

export const listStaff = () => api.get<Staff[]>('/api/admin/staff');
export const staffQuery = () => queryOptions({ queryKey: queryKeys.staff.list(), queryFn: listStaff });
/** `temporaryPassword` only when the server generated one: it is shown once and never again. */
export const createStaff = (body: NewStaff) => api.post<{ staff: Staff; temporaryPassword?: string | null }>('/api/admin/staff', body);
export const setRoles = (id: number, roles: StaffRole[]) => api.put<Staff>(`/api/admin/staff/${id}/roles`, { roles });
export const setEnabled = (id: number, enabled: boolean) => api.post<Staff>(`/api/admin/staff/${id}/${enabled ? 'enable' : 'disable'}`);
export const resetPassword = (id: number) => api.post<{ temporaryPassword: string }>(`/api/admin/staff/${id}/password-reset`);
