import { queryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { Schema } from '@/api';

export type CertificateTemplate = Schema<'CertificateViews.TemplateView'>;

export type TemplateBody = Schema<'CertificateViews.TemplateBody'>;

export type CertificateImage = 'logo' | 'signature';

export type CertificateItem = Schema<'CertificateViews.Item'>;

export type ScopeCertificates = Schema<'CertificateViews.ScopeCertificates'>;

/** A round (`rounds/{id}`) or the whole contest (`contests/{id}`). */
export type CertificateScope = { kind: 'rounds' | 'contests'; id: number };

const template = (contestId: number) => `/api/admin/contests/${contestId}/certificate-template`;

export const getTemplate = (contestId: number) => api.get<CertificateTemplate>(template(contestId));

export const templateQuery = (contestId: number) =>
  queryOptions({ queryKey: queryKeys.contests.certificateTemplate(contestId), queryFn: () => getTemplate(contestId) });

export const saveTemplate = (contestId: number, body: TemplateBody) => api.put<CertificateTemplate>(template(contestId), body);

/** PNG or JPEG, at most 1 MB: the server decodes it (413 above the size, 422 when it is not an image). */
export function uploadImage(contestId: number, image: CertificateImage, file: File) {
  const form = new FormData();
  form.append('file', file);
  return api.post<CertificateTemplate>(`${template(contestId)}/images/${image}`, form);
}

export const removeImage = (contestId: number, image: CertificateImage) => api.delete(`${template(contestId)}/images/${image}`);

/** The saved layout on sample data, as a data: URL (the console's policy shows data: images, not framed documents). */
export async function previewImage(contestId: number): Promise<string> {
  const blob = await api.blob(`${template(contestId)}/preview.png`, { at: Date.now() });
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

export const downloadPreview = (contestId: number) => api.download(`${template(contestId)}/preview.pdf`, 'mau-giay-chung-nhan.pdf');

export const listCertificates = (scope: CertificateScope) =>
  api.get<ScopeCertificates>(`/api/admin/${scope.kind}/${scope.id}/certificates`);

export const certificatesQuery = (scope: CertificateScope) =>
  queryOptions({ queryKey: queryKeys.awardScope(scope.kind, scope.id, 'certificates'), queryFn: () => listCertificates(scope) });

export const downloadCertificate = (code: string) => api.download(`/api/admin/certificates/${code}`, `giay-chung-nhan-${code}.pdf`);

/** The whole round (or contest) as one ZIP, streamed by the server. */
export const downloadZip = (scope: CertificateScope, kind: 'PRIZE' | 'PARTICIPATION' = 'PRIZE') =>
  api.download(`/api/admin/${scope.kind}/${scope.id}/certificates.zip`, 'giay-chung-nhan.zip',
    kind === 'PARTICIPATION' ? { kind } : undefined);
