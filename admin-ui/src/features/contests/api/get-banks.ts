import { api } from '@/lib/api-client';

/** The banks a contest may draw from (only id and name are needed here). */
export const getBankChoices = () => api.get<{ id: number; name: string }[]>('/api/admin/banks');
