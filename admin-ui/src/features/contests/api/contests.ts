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
