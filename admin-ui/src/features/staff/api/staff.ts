import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { Schema } from '@/api';

/** The backend's staff roles (account/Role.java); ADMIN may do everything. */
export const STAFF_ROLE_ORDER = ['ADMIN', 'ORGANIZER', 'COMMITTEE', 'COMMITTEE_CHAIR', 'SUPPORT'] as const;
export type StaffRole = (typeof STAFF_ROLE_ORDER)[number];

/** lockedUntil: set while too many wrong passwords keep the login shut; passwordChangeRequired: still on an ADMIN's one-time password */
export type Staff = Omit<Schema<'StaffService.StaffView'>, 'roles'> & { roles: StaffRole[] };
export type NewStaff = Omit<Schema<'StaffService.NewStaff'>, 'roles'> & { roles: StaffRole[] };

export const listStaff = () => api.get<Staff[]>('/api/admin/staff');
export const staffQuery = () => queryOptions({ queryKey: queryKeys.staff.list(), queryFn: listStaff });
/** `temporaryPassword` only when the server generated one: it is shown once and never again. */
export const createStaff = (body: NewStaff) => api.post<Omit<Schema<'StaffService.Created'>, 'staff'> & { staff: Staff }>('/api/admin/staff', body);
export const setRoles = (id: number, roles: StaffRole[]) => api.put<Staff>(`/api/admin/staff/${id}/roles`, { roles });
export const setEnabled = (id: number, enabled: boolean) => api.post<Staff>(`/api/admin/staff/${id}/${enabled ? 'enable' : 'disable'}`);
export const resetPassword = (id: number) => api.post<Schema<'StaffService.PasswordReset'>>(`/api/admin/staff/${id}/password-reset`);
