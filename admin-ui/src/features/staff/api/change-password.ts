import { api, tokens, type TokenResponse } from '@/lib/api-client';

/**
 * Any staff member's own password. The server ends every session of the account, this one
 * included, and answers with the tokens of a new one: they replace the old (now revoked) ones, so
 * the console carries on without asking for the password again.
 */
export async function changeOwnPassword(currentPassword: string, newPassword: string): Promise<void> {
  const renewed = await api.post<TokenResponse | undefined>('/api/admin/me/password', { currentPassword, newPassword });
  if (renewed?.access_token) tokens.store(renewed);
}
