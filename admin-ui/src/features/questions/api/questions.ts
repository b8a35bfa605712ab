import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export type BankSummary = { id: number; name: string; createdAt: string; activeQuestions: number; retiredQuestions: number; topics: number };
export type Question = {
  id: number;
  bankId: number;
  code: string;
  topic: string;
  difficulty: string;
  status: string;
  version: number;
  versionId: number;
  text: string;
  options: string[];
  correctIndex: number;
  explanation?: string | null;
  source?: string | null;
  lockedBy: number[];
};
export type QuestionBody = Partial<Pick<Question, 'code' | 'topic' | 'difficulty' | 'text' | 'options' | 'correctIndex' | 'explanation' | 'source'>>;
export type VersionEntry = { version: number; versionId: number; text: string; options: string[]; correctIndex: number; createdAt: string };
export type Issue = { row: number; severity: string; code: string; message: string; messageEn: string };
export type ImportPreview = {
  token: string | null;
  expiresAt: string | null;
  fileName: string;
  questions: number;
  newQuestions: number;
  changedQuestions: number;
  unchangedQuestions: number;
  /** rows with an error: not imported, and not counted as new */
  invalidQuestions?: number;
  errors: Issue[];
  warnings: Issue[];
  changes: { row: number; code: string; change: string }[];
};
export type Imported = { fileName: string; created: number; newVersions: number; unchanged: number };
export type Page<T> = { items: T[]; page: number; size: number; total: number };
export type QuestionQuery = { q?: string; topic?: string; difficulty?: string; status?: string; page: number; size: number };

export const listBanks = () => api.get<BankSummary[]>('/api/admin/banks');
export const createBank = (name: string) => api.post<{ id: number }>('/api/admin/banks', { name });
export const listQuestions = (bankId: number, query: QuestionQuery) =>
  api.get<Page<Question>>(`/api/admin/banks/${bankId}/questions`, query);
export const getQuestion = (id: number) => api.get<{ question: Question; versions: VersionEntry[] }>(`/api/admin/questions/${id}`);
export const updateQuestion = (id: number, body: QuestionBody) =>
  api.put<{ outcome: string; question: Question; warnings: Issue[] }>(`/api/admin/questions/${id}`, body);
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
