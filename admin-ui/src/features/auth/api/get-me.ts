import { api } from '@/lib/api-client';

export type Role = 'ADMIN' | 'ORGANIZER' | 'COMMITTEE' | 'COMMITTEE_CHAIR' | 'SUPPORT' | 'CONTESTANT';
export type Me = { id: number; fullName: string; roles: Role[]; displayName?: string };

export const getMe = () => api.get<Me>('/api/me');
