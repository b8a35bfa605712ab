import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { Schema } from '@/api';

/** One changed field, as the server words it: path, Vietnamese label, both values as text. */
export type AuditChange = Schema<'AuditDiff.Change'>;

/** before and after are JSON trees, which the OpenAPI document leaves without a shape. */
export type AuditEntry = Omit<Schema<'AuditSearch.Entry'>, 'before' | 'after'> & { before?: unknown; after?: unknown };

/** `action` may hold several codes separated by commas; `from` inclusive, `to` exclusive (ISO instants). */
export type AuditFilter = { actor?: string; action?: string; entity?: string; entityId?: string; from?: string; to?: string };
export type AuditQuery = AuditFilter & { page: number; size: number };

export const searchAudit = (query: AuditQuery) =>
  api.get<Omit<Schema<'Page_AuditSearch.Entry_'>, 'items'> & { items: AuditEntry[] }>('/api/admin/audit', query);

/** The page keeps the last filter's entries while the next one loads. */
export const auditQuery = (query: AuditQuery) =>
  queryOptions({ queryKey: queryKeys.audit(query), queryFn: () => searchAudit(query), placeholderData: keepPreviousData });

/** The filtered log as .xlsx (the server audits the export). */
export const exportAudit = (filter: AuditFilter) => api.download('/api/admin/audit/export', 'nhat-ky-thao-tac.xlsx', filter);
