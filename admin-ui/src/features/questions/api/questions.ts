import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { Schema } from '@/api';

export type BankSummary = Schema<'BankViews.BankSummary'>;
export type Question = Schema<'BankViews.QuestionView'>;
export type QuestionBody = Schema<'BankViews.QuestionBody'>;
export type VersionEntry = Schema<'BankViews.VersionEntry'>;
export type Issue = Schema<'BankViews.IssueView'>;
/** invalidQuestions: rows with an error, not imported and not counted as new */
export type ImportPreview = Schema<'BankViews.Preview'>;
export type Imported = Schema<'BankViews.Imported'>;
export type QuestionQuery = { q?: string; topic?: string; difficulty?: string; status?: string; page: number; size: number };

export const listBanks = () => api.get<BankSummary[]>('/api/admin/banks');
export const createBank = (name: string) => api.post<Schema<'BankViews.BankView'>>('/api/admin/banks', { name } satisfies Schema<'BankViews.NewBank'>);
export const listQuestions = (bankId: number, query: QuestionQuery) =>
  api.get<Schema<'Page_BankViews.QuestionView_'>>(`/api/admin/banks/${bankId}/questions`, query);
export const getQuestion = (id: number) => api.get<Schema<'BankViews.QuestionDetail'>>(`/api/admin/questions/${id}`);
export const updateQuestion = (id: number, body: QuestionBody) =>
  api.put<Schema<'BankViews.EditResult'>>(`/api/admin/questions/${id}`, body);
export const banksQuery = () => queryOptions({ queryKey: queryKeys.banks.list(), queryFn: listBanks });
/** Another filter or page keeps the last one's rows on screen while it loads. */
export const questionsQuery = (bankId: number, query: QuestionQuery) =>
  queryOptions({ queryKey: queryKeys.banks.questions(bankId, query), queryFn: () => listQuestions(bankId, query), placeholderData: keepPreviousData });
export const questionQuery = (id: number) => queryOptions({ queryKey: queryKeys.questions.detail(id), queryFn: () => getQuestion(id) });
export const setRetired = (id: number, retired: boolean) => api.post(`/api/admin/questions/${id}/${retired ? 'retire' : 'restore'}`);

export function previewImport(bankId: number, file: File) {
  const form = new FormData();
  form.append('file', file);
  return api.post<ImportPreview>(`/api/admin/banks/${bankId}/imports`, form);
}
export const confirmImport = (bankId: number, token: string) =>
  api.post<Imported>(`/api/admin/banks/${bankId}/imports/${token}/confirm`);
export const downloadExport = (bankId: number, format: 'xlsx' | 'csv' | 'txt') =>
  api.download(`/api/admin/banks/${bankId}/export`, `ngan-hang-${bankId}.${format}`, { format });
export const downloadTemplate = () => api.download('/api/admin/banks/template', 'mau-ngan-hang-cau-hoi.xlsx');
