import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { Issue, Question, QuestionBody } from './questions';

/** CREATED with the stored question; warnings are near-duplicates and the like, which do not stop it. */
export type Created = { outcome: string; question: Question; warnings?: Issue[] };
export type BankTopic = { id: number; name: string; easy: number; medium: number; hard: number };
export type BankView = { id: number; name: string; createdAt: string; topics?: BankTopic[]; liveRounds?: number[] };

export const createQuestion = (bankId: number, body: QuestionBody) => api.post<Created>(`/api/admin/banks/${bankId}/questions`, body);
export const getBank = (bankId: number) => api.get<BankView>(`/api/admin/banks/${bankId}`);
export const bankQuery = (bankId: number) => queryOptions({ queryKey: queryKeys.banks.detail(bankId), queryFn: () => getBank(bankId) });
