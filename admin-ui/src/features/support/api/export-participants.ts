import { api } from '@/lib/api-client';

/** The participant list as a download, masked unless a reason is given by a role that may unmask. */
export const exportParticipants = (format: 'xlsx' | 'csv', unmaskedReason?: string) =>
  api.download('/api/admin/support/participants/export', `danh-sach-thi-sinh.${format}`, {
    format,
    unmasked: unmaskedReason ? true : undefined,
    reason: unmaskedReason,
  });
