import { api, type TokenResponse } from '@/lib/api-client';

export type LoginResponse = TokenResponse & { roles?: string[] };

export const login = (username: string, password: string) =>
  api.post<LoginResponse>('/login', { username, password });
