import { Alert, App, AutoComplete, Button, Card, Form, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { organizingUnitsQuery, setOrganizingUnit } from '@/features/contests/api/contests';
import { useI18n } from '@/lib/i18n';
import { useSave } from '@/lib/use-save';

type Props = { contestId: number; unit?: string | null; onChanged: () => void };

/**
 * The contest's organizing unit (đơn vị tổ chức), which only ADMIN sets: staff granted that unit reach
 * the contest, so it is kept apart from the organizer text that organizers edit freely.
 */
export function OrganizingUnit({ contestId, unit, onChanged }: Props) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ organizingUnit: string }>();
  const { busy, error, run } = useSave(form);
  const units = useQuery(organizingUnitsQuery());

  useEffect(() => form.setFieldsValue({ organizingUnit: unit ?? '' }), [unit, form]);

  const save = ({ organizingUnit }: { organizingUnit: string }) =>
    run(async () => {
      await setOrganizingUnit(contestId, organizingUnit.trim() || null);
      message.success(t('saved'));
      onChanged();
    });

  return (
    <Card style={{ marginTop: 16 }} title={t('grantUnit')}>
      {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={save}>
        <Form.Item name="organizingUnit" label={t('grantUnit')} extra={t('grantsHint')}>
          <AutoComplete options={(units.data ?? []).map((u) => ({ value: u }))} filterOption />
        </Form.Item>
        <Space>
          <Button htmlType="submit" loading={busy}>{lang === 'en' ? 'Save the unit' : 'Lưu đơn vị tổ chức'}</Button>
        </Space>
      </Form>
    </Card>
  );
}
