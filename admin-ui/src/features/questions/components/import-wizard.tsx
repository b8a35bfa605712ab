import { Alert, Button, Col, Flex, Modal, Result, Row, Statistic, Steps, Table, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { confirmImport, previewImport, type ImportPreview, type Imported } from '@/features/questions/api/questions';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { label } from '@/lib/labels';

type Props = { bankId: number; open: boolean; onClose: (imported: boolean) => void };

/** Upload → preview with the rows' errors and the validator's warnings → confirm: nothing changes before the confirm. */
export function ImportWizard({ bankId, open, onClose }: Props) {
  const { t, lang } = useI18n();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [done, setDone] = useState<Imported | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const step = done ? 2 : preview ? 1 : 0;
  const say = (i: { message: string; messageEn: string }) => (lang === 'en' ? i.messageEn : i.message);

  const reset = () => {
    setPreview(null);
    setDone(null);
    setError(null);
  };
  const close = () => {
    const imported = done !== null;
    reset();
    onClose(imported);
  };
  const upload = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      // the API leaves empty lists out of its JSON
      const p = await previewImport(bankId, file);
      setPreview({ ...p, errors: p.errors ?? [], warnings: p.warnings ?? [], changes: p.changes ?? [] });
    } catch (e) {
      setError(e instanceof ApiError ? e.text(lang) : t('loadFailed'));
    } finally {
      setBusy(false);
    }
    return false;
  };
  const confirm = async () => {
    if (!preview?.token) return;
    setBusy(true);
    try {
      setDone(await confirmImport(bankId, preview.token));
    } catch (e) {
      setError(e instanceof ApiError ? e.text(lang) : t('loadFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={t('import')} onCancel={close} width={820} footer={null} destroyOnHidden>
      <Steps current={step} size="small" style={{ marginBottom: 16 }} items={[{ title: t('stepUpload') }, { title: t('stepPreview') }, { title: t('stepDone') }]} />
      {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 12 }} />}
      {step === 0 && (
        <Upload.Dragger accept=".xlsx,.csv,.txt,.aiken" beforeUpload={upload} showUploadList={false} disabled={busy}>
          <p>
            <UploadOutlined style={{ fontSize: 32 }} />
          </p>
          <p>{t('chooseFile')}</p>
        </Upload.Dragger>
      )}
      {step === 1 && preview && (
        <>
          <Row gutter={[16, 8]}>
            {(
              [
                ['total', preview.questions],
                ['newQuestions', preview.newQuestions],
                ['changedQuestions', preview.changedQuestions],
                ['unchangedQuestions', preview.unchangedQuestions],
                ['invalidQuestions', preview.invalidQuestions ?? 0],
              ] as const
            ).map(([label, value]) => (
              <Col xs={12} sm={8} md={4} key={label}>
                <Statistic title={t(label)} value={value} valueStyle={label === 'invalidQuestions' && value > 0 ? { color: '#cf1322' } : undefined} />
              </Col>
            ))}
          </Row>
          {preview.errors.length > 0 && (
            <>
              <Alert type="error" message={t('cannotImport')} style={{ margin: '12px 0' }} />
              <Table
                size="small"
                rowKey={(i) => `${i.row}-${i.code}-${i.message}`}
                dataSource={preview.errors}
                pagination={{ pageSize: 10 }}
                columns={[
                  { title: t('row'), dataIndex: 'row', width: 70 },
                  { title: t('importIssue'), dataIndex: 'code', width: 200, render: (c: string) => label('importCode', c) },
                  { title: t('rowErrors'), key: 'm', render: (_, i) => say(i) },
                ]}
              />
            </>
          )}
          {preview.warnings.length > 0 && (
            <>
              {/* the bank-wide shares (row 0) come first; each message already names its row */}
              <Alert type="warning" message={`${t('warnings')} (${preview.warnings.length})`} style={{ margin: '12px 0' }} />
              <Table
                size="small"
                rowKey={(i) => `${i.row}-${i.code}-${i.message}`}
                dataSource={preview.warnings}
                pagination={{ pageSize: 10 }}
                columns={[
                  { title: t('row'), dataIndex: 'row', width: 70, render: (row: number) => (row > 0 ? row : '—') },
                  { title: t('code'), dataIndex: 'code', width: 160 },
                  { title: t('warnings'), key: 'm', render: (_, i) => say(i) },
                ]}
              />
            </>
          )}
          {/* the buttons close the dialog as a footer would, below everything the preview shows */}
          <Flex justify="end" gap="small" wrap style={{ marginTop: 16 }}>
            <Button onClick={reset}>{t('cancel')}</Button>
            <Button type="primary" disabled={!preview.token} loading={busy} onClick={confirm}>
              {t('confirmImport')}
            </Button>
          </Flex>
        </>
      )}
      {step === 2 && done && (
        <Result
          status="success"
          title={`${t('imported')}: ${done.fileName}`}
          subTitle={`${t('newQuestions')}: ${done.created} · ${t('changedQuestions')}: ${done.newVersions} · ${t('unchangedQuestions')}: ${done.unchanged}`}
          extra={<Button type="primary" onClick={close}>{t('close')}</Button>}
        />
      )}
    </Modal>
  );
}
