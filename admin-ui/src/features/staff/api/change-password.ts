import { api } from '@/lib/api-client';

/** Any staff member's own password; the server ends their other sessions. */
export const changeOwnPassword = (currentPassword: string, newPassword: string) =>
  api.post<void>('/api/admin/me/password', { currentPassword, newPassword });
