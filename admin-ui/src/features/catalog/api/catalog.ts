import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { Schema } from '@/api';

/** Đơn vị (units) and xã, phường (communes): what registration offers and collective prizes divide by. */
export type CatalogKind = 'units' | 'communes';
export type CatalogEntry = Schema<'CatalogEntry'>;
export type EntryBody = Schema<'Catalog.EntryBody'>;
export type ImportSummary = Schema<'Catalog.ImportSummary'>;

export const listCatalog = (kind: CatalogKind, q?: string, active?: boolean) =>
  api.get<CatalogEntry[]>(`/api/admin/catalog/${kind}`, { q, active });
/** While another filter loads, the table keeps the last one's rows (with its spinner). */
export const catalogQuery = (kind: CatalogKind, q?: string, active?: boolean) =>
  queryOptions({ queryKey: queryKeys.catalog.list(kind, q, active), queryFn: () => listCatalog(kind, q, active), placeholderData: keepPreviousData });
export const createEntry = (kind: CatalogKind, body: EntryBody) => api.post<CatalogEntry>(`/api/admin/catalog/${kind}`, body);
export const updateEntry = (kind: CatalogKind, id: number, body: EntryBody) =>
  api.put<CatalogEntry>(`/api/admin/catalog/${kind}/${id}`, body);

/** All or nothing; with `replace`, entries the file does not name are deactivated (kept for past registrations). */
export function importCatalog(kind: CatalogKind, file: File, replace: boolean) {
  const form = new FormData();
  form.append('file', file);
  return api.post<ImportSummary>(`/api/admin/catalog/${kind}/import?replace=${replace}`, form);
}
