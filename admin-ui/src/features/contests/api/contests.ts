import { api } from '@/lib/api-client';
import type { Contest, ContestBody, ContestSummary, Round, RoundBody } from './types';

export const listContests = () => api.get<ContestSummary[]>('/api/admin/contests');
export const getContest = (id: number) => api.get<Contest>(`/api/admin/contests/${id}`);
export const createContest = (body: ContestBody) => api.post<Contest>('/api/admin/contests', body);
export const updateContest = (id: number, body: ContestBody) => api.put<Contest>(`/api/admin/contests/${id}`, body);
export const publishContest = (id: number, publish: boolean) =>
  api.post<Contest>(`/api/admin/contests/${id}/${publish ? 'publish' : 'unpublish'}`);

export const createRound = (contestId: number, body: RoundBody) => api.post<Round>(`/api/admin/contests/${contestId}/rounds`, body);
export const updateRound = (id: number, body: RoundBody) => api.put<Round>(`/api/admin/rounds/${id}`, body);
export const publishRound = (id: number, publish: boolean) =>
  api.post<Round>(`/api/admin/rounds/${id}/${publish ? 'publish' : 'unpublish'}`);

/** A new draft with the same settings, rounds and prize rules (no entries). */
export const duplicateContest = (id: number) => api.post<Contest>(`/api/admin/contests/${id}/duplicate`);
/** Only a draft nobody ever took (409 CONTEST_NOT_DELETABLE otherwise). */
export const deleteContest = (id: number) => api.delete(`/api/admin/contests/${id}`);
/** The copy follows on after the contest's last round. */
export const duplicateRound = (id: number) => api.post<Round>(`/api/admin/rounds/${id}/duplicate`);

/** A round as a contestant sees it: one draw, options shuffled, no key, no attempt. */
export type RoundPreview = {
  roundId: number;
  name: string;
  questionCount: number;
  timeLimitSeconds: number;
  prediction?: { prompt: string } | null;
  questions: { id: number; text: string; options: { id: number; text: string }[] }[];
};
export const previewRound = (id: number) => api.get<RoundPreview>(`/api/admin/rounds/${id}/preview`);

/** ADMIN only: the đơn vị tổ chức whose staff (granted by unit) reach the contest. */
export const setOrganizingUnit = (id: number, organizingUnit: string | null) =>
  api.put<{ contestId: number; organizingUnit?: string | null }>(`/api/admin/contests/${id}/organizing-unit`, { organizingUnit });
export const listOrganizingUnits = () => api.get<string[]>('/api/admin/organizing-units');
