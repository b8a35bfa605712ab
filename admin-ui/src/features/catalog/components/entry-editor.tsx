import { Alert, Form, Input, InputNumber, Modal, Switch } from 'antd';
import { useEffect } from 'react';
import { createEntry, updateEntry, type CatalogEntry, type CatalogKind, type EntryBody } from '@/features/catalog/api/catalog';
import { useI18n } from '@/lib/i18n';
import { useSave } from '@/lib/use-save';

type Props = { kind: CatalogKind; entry: CatalogEntry | 'new' | null; onClose: (saved: boolean) => void };

/** One unit or commune; a rename carries the contestants registered under the old name along (server side). */
export function EntryEditor({ kind, entry, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<EntryBody>();
  const { busy, error, setError, run } = useSave(form);
  const creating = entry === 'new';

  useEffect(() => {
    setError(null);
    if (entry === 'new') form.setFieldsValue({ name: '', kind: '', headcount: null, active: true });
    else if (entry) form.setFieldsValue(entry);
  }, [entry, form, setError]);

  const save = async (values: EntryBody) => {
    if (!entry) return;
    await run(async () => {
      if (entry === 'new') await createEntry(kind, values);
      else await updateEntry(kind, entry.id, values);
      onClose(true);
    });
  };

  return (
    <Modal
      open={entry !== null}
      title={creating ? t('catalogAdd') : `${t('edit')}: ${entry?.name ?? ''}`}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      forceRender
    >
      {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={save}>
        <Form.Item name="name" label={t('name')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('catalogKind')} extra={kind === 'units' ? t('catalogKindHintUnits') : t('catalogKindHintCommunes')}>
          <Input />
        </Form.Item>
        <Form.Item name="headcount" label={t('catalogHeadcount')} extra={t('catalogHeadcountHint')}>
          <InputNumber min={0} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="active" label={t('catalogActive')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
