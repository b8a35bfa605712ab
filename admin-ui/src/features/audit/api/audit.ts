import { api } from '@/lib/api-client';

export type AuditEntry = {
  id: number;
  at: string;
  actorId?: number | null;
  actorName?: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};
export type AuditQuery = { actor?: string; action?: string; entity?: string; page: number; size: number };

export const searchAudit = (query: AuditQuery) =>
  api.get<{ items: AuditEntry[]; page: number; size: number; total: number }>('/api/admin/audit', query);
