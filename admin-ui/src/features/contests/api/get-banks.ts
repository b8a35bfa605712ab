import { queryOptions } from '@tanstack/react-query';
import type { Schema } from '@/api';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** The banks a contest may draw from (only id and name are needed here). */
export const getBankChoices = () => api.get<Schema<'BankViews.BankSummary'>[]>('/api/admin/banks');
export const bankChoicesQuery = () => queryOptions({ queryKey: queryKeys.banks.list(), queryFn: getBankChoices });
