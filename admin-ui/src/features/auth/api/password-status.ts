import type { Schema } from '@/api';
import { api } from '@/lib/api-client';

/** Whether the signed-in staff member must replace a one-time password before anything else. */
export const getPasswordStatus = () => api.get<Partial<Schema<'OwnPasswordController.PasswordStatus'>>>('/api/admin/me/password-status').then((s) => !!s.changeRequired);
