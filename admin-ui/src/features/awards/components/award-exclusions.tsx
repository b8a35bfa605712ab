import { DeleteOutlined } from '@ant-design/icons';
import { App, Alert, Button, Card, Form, Input, List, Popconfirm, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { exclusionsQuery, useExclusionChanges } from '@/features/awards/api/award-exclusions';
import { ApiError, type FieldError } from '@/lib/api-client';
import { fill, instant } from '@/lib/format';
import { useI18n } from '@/lib/i18n';

type Values = { citizenIds: string; note?: string };

/** One per line, or separated by commas, semicolons or spaces, as people paste them from a list. */
export function splitCitizenIds(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Staff who may not win (người thuộc diện không xét giải). Citizen IDs go in and are kept only as
 * keyed hashes, so the list shows notes alone, and the box is emptied once they are sent.
 */
export function AwardExclusions({ contestId }: { contestId: number }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const list = useQuery(exclusionsQuery(contestId));
  const changes = useExclusionChanges(contestId);

  const add = async (values: Values) => {
    setError(null);
    const ids = splitCitizenIds(values.citizenIds ?? '');
    try {
      const result = await changes.add.mutateAsync({ citizenIds: ids, note: values.note?.trim() || undefined });
      message.success(fill(t('exclusionsAdded'), { added: result.added, already: result.alreadyListed }));
      form.resetFields();
    } catch (e) {
      if (!(e instanceof ApiError)) {
        setError(t('loadFailed'));
        return;
      }
      const say = (f: FieldError) => (lang === 'en' && f.messageEn ? f.messageEn : f.message);
      // "citizenIds[3]" is the fourth ID given: say which line it was
      const lines = e.errors.flatMap((f) => {
        const at = /^citizenIds\[(\d+)\]$/.exec(f.field);
        if (!at) return [];
        const i = Number(at[1]);
        return [`${fill(t('lineN'), { n: i + 1 })} (${mask(ids[i] ?? '')}): ${say(f)}`];
      });
      const whole = e.errors.filter((f) => f.field === 'citizenIds').map(say);
      const note = e.errors.filter((f) => f.field === 'note').map(say);
      // only fields with a complaint: an empty list here makes rc-field-form warn of circular references
      form.setFields(
        [
          { name: 'citizenIds' as const, errors: [...whole, ...lines] },
          { name: 'note' as const, errors: note },
        ].filter((f) => f.errors.length),
      );
      if (!whole.length && !lines.length && !note.length) setError(e.text(lang));
    }
  };

  return (
    <Card title={t('exclusionsTitle')} size="small" style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">{t('exclusionsHelp')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 12 }} />}
      <List
        size="small"
        bordered
        loading={list.isFetching && !list.data}
        dataSource={list.data ?? []}
        locale={{ emptyText: t('exclusionsEmpty') }}
        style={{ marginBottom: 16 }}
        renderItem={(item, i) => (
          <List.Item
            actions={[
              <Popconfirm
                key="remove"
                title={t('exclusionRemoveConfirm')}
                okText={t('exclusionRemove')}
                cancelText={t('cancel')}
                onConfirm={async () => {
                  await changes.remove.mutateAsync(item.id);
                }}
              >
                <Button size="small" icon={<DeleteOutlined />} aria-label={t('exclusionRemove')} />
              </Popconfirm>,
            ]}
          >
            <List.Item.Meta
              title={`${i + 1}. ${item.note ?? t('exclusionNoNote')}`}
              description={`${t('addedAt')}: ${instant(item.createdAt)}`}
            />
          </List.Item>
        )}
      />
      <Form form={form} layout="vertical" onFinish={add}>
        <Form.Item name="citizenIds" label={t('citizenIds')} extra={t('citizenIdsHelp')} rules={[{ required: true, message: t('required') }]}>
          <Input.TextArea rows={3} autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item name="note" label={t('exclusionNote')}>
          <Input maxLength={200} placeholder={t('exclusionNotePlaceholder')} />
        </Form.Item>
        <Button htmlType="submit">{t('addExclusions')}</Button>
      </Form>
    </Card>
  );
}

/** The ID as the masked form everyone else sees, so an error message does not repeat it in clear. */
function mask(id: string) {
  return id.length > 6 ? `${id.slice(0, 3)}${'*'.repeat(id.length - 6)}${id.slice(-3)}` : id;
}
