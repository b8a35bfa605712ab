import { api } from '@/lib/api-client';

export type LoginResponse = { access_token: string; refresh_token?: string; roles?: string[]; username?: string };

export const login = (username: string, password: string) =>
  api.post<LoginResponse>('/login', { username, password });
