import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Empty, Form, Image, Input, Space, Table, Typography, Upload } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { ScopePicker, useScope, WHOLE_CONTEST } from '@/components/scope-picker';
import {
  downloadCertificate,
  downloadPreview,
  downloadZip,
  certificatesQuery,
  previewImage,
  removeImage,
  saveTemplate,
  templateQuery,
  uploadImage,
  type CertificateImage,
  type CertificateItem,
  type CertificateScope,
  type CertificateTemplate,
} from '@/features/certificates/api/certificates';
import { ApiError, fieldErrors } from '@/lib/api-client';
import { useAuth } from '@/lib/auth';
import { fill } from '@/lib/format';
import { useI18n } from '@/lib/i18n';

/**
 * Certificates (giấy chứng nhận): the organizer adjusts the contest's layout and sees it on sample
 * data; the committee downloads one person's certificate or a whole round's as a ZIP for the
 * ceremony — only from a signed decision, as the server insists.
 */
export function CertificatesPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const scope = useScope(true);
  const certificateScope: CertificateScope | undefined =
    scope.contestId === undefined || scope.roundId === undefined
      ? undefined
      : scope.roundId === WHOLE_CONTEST
        ? { kind: 'contests', id: scope.contestId }
        : { kind: 'rounds', id: scope.roundId };
  return (
    <div>
      <Typography.Title level={3}>{t('certificatesTitle')}</Typography.Title>
      <ScopePicker scope={scope} allowWholeContest />
      {scope.contestId === undefined && <Empty description={t('certificateChooseContest')} />}
      {scope.contestId !== undefined && <TemplateEditor key={scope.contestId} contestId={scope.contestId} />}
      {certificateScope &&
        (can('COMMITTEE', 'COMMITTEE_CHAIR') ? (
          <Downloads key={`${certificateScope.kind}-${certificateScope.id}`} scope={certificateScope} />
        ) : (
          <Alert type="info" showIcon message={t('certificateCommitteeOnly')} style={{ marginTop: 16 }} />
        ))}
    </div>
  );
}

type Values = {
  issuer: string;
  title: string;
  body: string;
  place: string;
  signerTitle: string;
  signerName: string;
  primaryColor: string;
  accentColor: string;
  participationEnabled: boolean;
};

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

function TemplateEditor({ contestId }: { contestId: number }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const { can } = useAuth();
  const mayEdit = can('ORGANIZER', 'COMMITTEE_CHAIR');
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const loaded = useQuery(templateQuery(contestId));
  const setTemplate = (saved: CertificateTemplate) => queryClient.setQueryData(templateQuery(contestId).queryKey, saved);
  const [preview, setPreview] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refreshPreview = useCallback(
    () => previewImage(contestId).then(setPreview).catch(() => setPreview(null)),
    [contestId],
  );

  useEffect(() => {
    const d = loaded.data;
    if (!d) return;
    form.setFieldsValue({ ...d, issuer: d.issuer.join('\n'), body: d.body.join('\n') });
    void refreshPreview();
  }, [loaded.data, form, refreshPreview]);

  const show = (error: unknown) => {
    form.setFields(fieldErrors(error, lang).map((f) => ({ ...f, name: [String(f.name[0])] })) as never);
    setError(error instanceof ApiError ? error.text(lang) : t('loadFailed'));
  };

  const save = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      const saved = await saveTemplate(contestId, {
        ...values,
        issuer: lines(values.issuer),
        body: lines(values.body),
        participationEnabled: !!values.participationEnabled,
      });
      setTemplate(saved);
      message.success(t('saved'));
    } catch (e) {
      show(e);
    } finally {
      setBusy(false);
    }
  };

  const image = async (which: CertificateImage, file: File | null) => {
    setError(null);
    try {
      if (file) setTemplate(await uploadImage(contestId, which, file));
      else {
        await removeImage(contestId, which);
        await loaded.refetch();
      }
      message.success(t('saved'));
    } catch (e) {
      show(e);
    }
  };

  const template: CertificateTemplate | undefined = loaded.data;
  return (
    <Card title={t('certificateTemplate')} loading={!template && loaded.isFetching}>
      {template && (
        <Typography.Paragraph type="secondary">
          {fill(t('certificateTemplateHelp'), { fields: template.placeholders.join(', '), name: '{name}' })}
        </Typography.Paragraph>
      )}
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={save} disabled={!mayEdit}>
        <Form.Item name="issuer" label={t('certificateIssuer')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 3 }} />
        </Form.Item>
        <Form.Item name="title" label={t('certificateTitleField')}>
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item name="body" label={t('certificateBody')}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 8 }} />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="place" label={t('certificatePlace')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="signerTitle" label={t('certificateSignerTitle')}>
            <Input maxLength={150} />
          </Form.Item>
          <Form.Item name="signerName" label={t('certificateSignerName')}>
            <Input maxLength={150} />
          </Form.Item>
          <Form.Item name="primaryColor" label={t('certificatePrimaryColor')}>
            <Input type="color" style={{ width: 80 }} />
          </Form.Item>
          <Form.Item name="accentColor" label={t('certificateAccentColor')}>
            <Input type="color" style={{ width: 80 }} />
          </Form.Item>
        </Space>
        <Form.Item name="participationEnabled" valuePropName="checked">
          <Checkbox>{t('certificateParticipation')}</Checkbox>
        </Form.Item>
        {mayEdit && (
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('certificateSaveTemplate')}
          </Button>
        )}
      </Form>
      {template && (
        <Space wrap style={{ marginTop: 16 }} size="large">
          {(['logo', 'signature'] as CertificateImage[]).map((which) => {
            const present = which === 'logo' ? template.hasLogo : template.hasSignature;
            return (
              <Space key={which} direction="vertical" size={4}>
                <Typography.Text strong>{t(which === 'logo' ? 'certificateLogo' : 'certificateSignature')}</Typography.Text>
                <Typography.Text type="secondary">{t(present ? 'certificateHasImage' : 'certificateNoImage')}</Typography.Text>
                {mayEdit && (
                  <Space>
                    <Upload
                      accept="image/png,image/jpeg"
                      showUploadList={false}
                      beforeUpload={(file) => {
                        void image(which, file).then(refreshPreview);
                        return false;
                      }}
                    >
                      <Button icon={<UploadOutlined />}>{t('certificateUpload')}</Button>
                    </Upload>
                    {present && (
                      <Button icon={<DeleteOutlined />} onClick={() => void image(which, null).then(refreshPreview)}>
                        {t('certificateRemoveImage')}
                      </Button>
                    )}
                  </Space>
                )}
              </Space>
            );
          })}
        </Space>
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('certificatePreview')}
      </Typography.Title>
      {preview && <Image src={preview} alt={t('certificatePreviewAlt')} style={{ maxWidth: '100%', border: '1px solid #ddd' }} />}
      <div style={{ marginTop: 8 }}>
        <Button icon={<DownloadOutlined />} onClick={() => void downloadPreview(contestId).catch(show)}>
          {t('certificatePreviewPdf')}
        </Button>
      </div>
    </Card>
  );
}

function Downloads({ scope }: { scope: CertificateScope }) {
  const { t, lang } = useI18n();
  const list = useQuery(certificatesQuery(scope));
  const [error, setError] = useState<string | null>(null);
  const run = (download: () => Promise<void>) => {
    setError(null);
    download().catch((e) => setError(e instanceof ApiError ? e.text(lang) : t('loadFailed')));
  };
  const failure = list.error instanceof ApiError ? list.error.text(lang) : list.error ? t('loadFailed') : null;
  const data = list.data;
  return (
    <Card title={t('certificateDownloads')} style={{ marginTop: 16 }} loading={!data && !failure && list.isFetching}>
      <Typography.Paragraph type="secondary">{t('certificateDownloadsHelp')}</Typography.Paragraph>
      {failure && <Alert type="warning" showIcon message={failure} />}
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      {data && (
        <>
          <Typography.Paragraph>{fill(t('certificateDecision'), { status: data.decisionStatusLabel })}</Typography.Paragraph>
          <Space wrap style={{ marginBottom: 12 }}>
            <Button type="primary" icon={<DownloadOutlined />} disabled={!data.items.length} onClick={() => run(() => downloadZip(scope))}>
              {t('certificateDownloadZip')}
            </Button>
            {scope.kind === 'rounds' && data.participationEnabled && data.participants > 0 && (
              <Button icon={<DownloadOutlined />} onClick={() => run(() => downloadZip(scope, 'PARTICIPATION'))}>
                {fill(t('certificateDownloadParticipation'), { n: data.participants.toLocaleString('vi-VN') })}
              </Button>
            )}
          </Space>
          <Table<CertificateItem>
            rowKey="code"
            size="small"
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('certificateNone') }}
            dataSource={data.items}
            scroll={{ x: true }}
            columns={[
              { title: t('certificateHolder'), dataIndex: 'holder' },
              { title: t('certificateUnit'), dataIndex: 'unit', render: (u?: string | null) => u ?? '—' },
              { title: t('certificatePrize'), dataIndex: 'prize' },
              { title: t('certificateKind'), dataIndex: 'kindLabel' },
              { title: t('certificateCode'), dataIndex: 'code', render: (c: string) => <Typography.Text code>{c}</Typography.Text> },
              {
                title: '',
                key: 'download',
                render: (_: unknown, item) => (
                  <Button size="small" icon={<DownloadOutlined />} onClick={() => run(() => downloadCertificate(item.code))}>
                    {t('certificateDownloadOne')}
                  </Button>
                ),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
