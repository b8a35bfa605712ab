import { api } from '@/lib/api-client';
import type { Schema } from '@/api';

export type Role = 'ADMIN' | 'ORGANIZER' | 'COMMITTEE' | 'COMMITTEE_CHAIR' | 'SUPPORT' | 'CONTESTANT';
/** The roles are the server's Role names (system/Role.java). */
export type Me = Omit<Schema<'SessionController.Me'>, 'roles'> & { roles: Role[] };

export const getMe = () => api.get<Me>('/api/me');
