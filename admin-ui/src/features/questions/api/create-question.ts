import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { Schema } from '@/api';
import type { QuestionBody } from './questions';

/** CREATED with the stored question; warnings are near-duplicates and the like, which do not stop it. */
export type Created = Schema<'BankViews.EditResult'>;
export type BankTopic = Schema<'BankViews.TopicView'>;
export type BankView = Schema<'BankViews.BankView'>;

export const createQuestion = (bankId: number, body: QuestionBody) => api.post<Created>(`/api/admin/banks/${bankId}/questions`, body);
export const getBank = (bankId: number) => api.get<BankView>(`/api/admin/banks/${bankId}`);
export const bankQuery = (bankId: number) => queryOptions({ queryKey: queryKeys.banks.detail(bankId), queryFn: () => getBank(bankId) });
