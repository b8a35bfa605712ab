import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, AutoComplete, Button, Form, List, Modal, Popconfirm, Radio, Select, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Staff } from '@/features/staff/api/staff';
import {
  contestChoicesQuery,
  CONTEST_ROLES,
  organizingUnitsQuery,
  useChangeGrant,
  type ContestRole,
  type Grant,
} from '@/features/staff/api/grants';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { label } from '@/lib/labels';
import { useSave } from '@/lib/use-save';
import { formatVnDate } from '@/lib/vn-time';
import { ROLE_COLORS } from './role-labels';

type Props = {
  /** the member whose grants are shown, null when closed */
  member: Staff | null;
  /** the member's grants: they reload once one was added or removed (useChangeGrant) */
  grants: Grant[];
  onClose: () => void;
};

type Values = { role: ContestRole; scope: 'contest' | 'unit'; contestId?: number; organizingUnit?: string };

/** The member's contest roles: only these can be granted (the server refuses the others too). */
export const contestRolesOf = (member: Staff) => CONTEST_ROLES.filter((r) => (member.roles as string[]).includes(r));

/** How one grant reads: the contest's name, or "Đơn vị: …" for a whole organizing unit. */
export function GrantScope({ grant }: { grant: Grant }) {
  const { t } = useI18n();
  return <>{grant.contestId != null ? grant.contestName ?? `#${grant.contestId}` : `${t('grantUnitPrefix')}: ${grant.organizingUnit}`}</>;
}

/**
 * Phân cuộc thi (ADMIN): which contests a staff member acts on, one by one or by organizing unit
 * (đơn vị tổ chức), which also covers the unit's later contests. A removal holds from the member's
 * next action.
 */
export function StaffGrants({ member, grants, onClose }: Props) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, error, setError, run } = useSave(form);
  const [removing, setRemoving] = useState<number | null>(null);
  const open = member !== null;
  const contests = useQuery({ ...contestChoicesQuery(), enabled: open });
  const units = useQuery({ ...organizingUnitsQuery(), enabled: open });
  const change = useChangeGrant();
  const roles = member ? contestRolesOf(member) : [];
  const scope = Form.useWatch('scope', form);

  useEffect(() => {
    setError(null);
    form.resetFields();
    if (member) form.setFieldsValue({ role: contestRolesOf(member)[0], scope: 'unit' });
  }, [member, form, setError]);

  const add = async (values: Values) => {
    if (!member) return;
    await run(async () => {
      await change.mutateAsync({
        accountId: member.id,
        grant: values.scope === 'contest'
          ? { role: values.role, contestId: values.contestId }
          : { role: values.role, organizingUnit: values.organizingUnit },
      });
      message.success(t('grantAdded'));
      form.setFieldsValue({ contestId: undefined, organizingUnit: undefined });
    });
  };

  const remove = async (grant: Grant) => {
    if (!member) return;
    setRemoving(grant.id);
    try {
      await change.mutateAsync({ accountId: member.id, grantId: grant.id });
      message.success(t('grantRemoved'));
    } catch (e) {
      message.error(e instanceof ApiError ? e.text(lang) : t('loadFailed'));
    } finally {
      setRemoving(null);
    }
  };

  return (
    <Modal open={open} title={`${t('grantsOf')}: ${member?.fullName ?? ''}`} footer={null} onCancel={onClose} width={640} forceRender>
      <Typography.Paragraph type="secondary">{t('grantsHint')}</Typography.Paragraph>
      <List
        size="small"
        bordered
        locale={{ emptyText: t('grantsNone') }}
        dataSource={grants}
        renderItem={(g) => (
          <List.Item
            actions={[
              <Popconfirm
                key="remove"
                title={t('grantRemoveConfirm')}
                okText={t('staffConfirm')}
                cancelText={t('cancel')}
                onConfirm={() => remove(g)}
              >
                <Button size="small" danger icon={<DeleteOutlined />} loading={removing === g.id}>
                  {t('grantRemove')}
                </Button>
              </Popconfirm>,
            ]}
          >
            <span>
              <Tag color={ROLE_COLORS[g.role] ?? 'default'}>{label('role', g.role)}</Tag>
              <GrantScope grant={g} />
              <Typography.Text type="secondary"> · {formatVnDate(g.grantedAt)}</Typography.Text>
            </span>
          </List.Item>
        )}
      />
      {roles.length === 0 ? (
        <Alert type="info" showIcon message={t('grantNoContestRole')} style={{ marginTop: 16 }} />
      ) : (
        <Form form={form} layout="vertical" onFinish={add} style={{ marginTop: 16 }} initialValues={{ scope: 'unit' }}>
          {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 12 }} />}
          <Form.Item name="role" label={t('grantRole')} rules={[{ required: true, message: t('required') }]}>
            <Select options={roles.map((r) => ({ value: r, label: label('role', r) }))} />
          </Form.Item>
          <Form.Item name="scope" label={t('grantScope')}>
            <Radio.Group>
              <Radio value="unit">{t('grantByUnit')}</Radio>
              <Radio value="contest">{t('grantByContest')}</Radio>
            </Radio.Group>
          </Form.Item>
          {scope === 'contest' ? (
            <Form.Item name="contestId" label={t('grantContest')} rules={[{ required: true, message: t('grantChooseContest') }]}>
              <Select
                showSearch
                optionFilterProp="label"
                loading={contests.isFetching}
                options={(contests.data ?? []).map((c) => ({
                  value: c.id,
                  label: c.organizingUnit ? `${c.name} (${c.organizingUnit})` : c.name,
                }))}
              />
            </Form.Item>
          ) : (
            <Form.Item name="organizingUnit" label={t('grantUnit')} rules={[{ required: true, whitespace: true, message: t('grantEnterUnit') }]}>
              <AutoComplete
                options={(units.data ?? []).map((u) => ({ value: u }))}
                filterOption={(input, option) => (option?.value ?? '').toLowerCase().includes(input.toLowerCase())}
              />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={busy}>
            {t('grantAdd')}
          </Button>
        </Form>
      )}
    </Modal>
  );
}
