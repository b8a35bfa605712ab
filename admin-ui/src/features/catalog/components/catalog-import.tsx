import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Modal, Result, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { importCatalog, type CatalogKind, type ImportSummary } from '@/features/catalog/api/catalog';
import { ApiError, type FieldError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';

type Props = { kind: CatalogKind; open: boolean; onClose: (imported: boolean) => void };

/** "rows[12].headcount" → 12; a complaint about the whole file has no row. */
const rowOf = (field: string) => Number(/^rows\[(\d+)]/.exec(field)?.[1]) || null;
/** The server starts each message with its row ("Dòng 12: …"), which the table shows in a column of its own. */
const withoutRow = (message: string) => {
  const rest = message.replace(/^(Dòng|Row) \d+: /, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
};

/**
 * Nhập danh mục từ Excel: all or nothing. The server names every bad row; with "replace", entries
 * the file leaves out stop being offered (kept for the registrations that point at them).
 */
export function CatalogImport({ kind, open, onClose }: Props) {
  const { t, lang } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [replace, setReplace] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [rowErrors, setRowErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState<ImportSummary | null>(null);

  const close = () => {
    const imported = done !== null;
    setFile(null);
    setReplace(false);
    setError(null);
    setRowErrors([]);
    setDone(null);
    onClose(imported);
  };
  const upload = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setRowErrors([]);
    try {
      setDone(await importCatalog(kind, file, replace));
    } catch (e) {
      setError(e instanceof ApiError ? e.text(lang) : t('loadFailed'));
      setRowErrors(e instanceof ApiError ? e.errors : []);
    } finally {
      setBusy(false);
    }
  };
  const title = `${t('catalogImport')} — ${kind === 'units' ? t('catalogUnits') : t('catalogCommunes')}`;

  return (
    <Modal open={open} title={title} onCancel={close} width={760} footer={null} destroyOnHidden>
      {done ? (
        <Result
          status="success"
          title={`${t('imported')}: ${file?.name ?? ''}`}
          subTitle={[
            `${t('catalogRows')}: ${done.rows}`,
            `${t('catalogCreated')}: ${done.created}`,
            `${t('catalogUpdated')}: ${done.updated}`,
            `${t('unchangedQuestions')}: ${done.unchanged}`,
            `${t('catalogDeactivated')}: ${done.deactivated}`,
          ].join(' · ')}
          extra={
            <Button type="primary" onClick={close}>
              {t('close')}
            </Button>
          }
        />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('catalogImportHelp')}</Typography.Paragraph>
          <Upload.Dragger
            accept=".xlsx"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              setError(null);
              setRowErrors([]);
              return false;
            }}
            onRemove={() => setFile(null)}
            fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
            disabled={busy}
          >
            <p>
              <UploadOutlined style={{ fontSize: 32 }} />
            </p>
            <p>{t('catalogChooseFile')}</p>
          </Upload.Dragger>
          <Checkbox checked={replace} onChange={(e) => setReplace(e.target.checked)} style={{ marginTop: 12 }}>
            {t('catalogReplace')}
          </Checkbox>
          {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginTop: 12 }} />}
          {rowErrors.length > 0 && (
            <Table
              size="small"
              style={{ marginTop: 12 }}
              rowKey={(e) => `${e.field}-${e.code}`}
              dataSource={rowErrors}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              columns={[
                { title: t('row'), key: 'row', width: 70, render: (_, e) => rowOf(e.field) ?? '—' },
                { title: t('rowErrors'), key: 'm', render: (_, e) => withoutRow(lang === 'en' && e.messageEn ? e.messageEn : e.message) },
              ]}
            />
          )}
          <Space style={{ marginTop: 16, display: 'flex', justifyContent: 'flex-end' }} wrap>
            <Button onClick={close}>{t('cancel')}</Button>
            <Button type="primary" disabled={!file} loading={busy} onClick={upload}>
              {t('catalogImportSubmit')}
            </Button>
          </Space>
        </>
      )}
    </Modal>
  );
}
