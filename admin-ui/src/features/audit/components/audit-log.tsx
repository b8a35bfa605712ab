import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Grid, Input, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { auditQuery, exportAudit, type AuditChange, type AuditEntry, type AuditFilter, type AuditQuery } from '@/features/audit/api/audit';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { label, labelOptions } from '@/lib/labels';
import { formatVnSeconds, vnDayEnd, vnDayStart } from '@/lib/vn-time';

/** "Đợt thi «Đợt 1» (số 5)": the object's kind, its name when the entry carries one, and its number. */
function objectText(e: AuditEntry, numberWord: string): string {
  const named = [e.after, e.before].find((v) => v && typeof v === 'object' && 'name' in (v as object)) as { name?: unknown } | undefined;
  const username = [e.after, e.before].find((v) => v && typeof v === 'object' && 'username' in (v as object)) as { username?: unknown } | undefined;
  const name = typeof named?.name === 'string' ? named.name : typeof username?.username === 'string' ? username.username : null;
  const parts = [label('entity', e.entity)];
  if (name) parts.push(`«${name}»`);
  if (e.entityId) parts.push(`(${numberWord} ${e.entityId})`);
  return parts.join(' ');
}

function Changes({ changes, empty, wide }: { changes: AuditChange[]; empty: string; wide: boolean }) {
  const { t } = useI18n();
  if (!changes.length) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  if (!wide) {
    // on a phone: each field with its two values under it, wrapped to the screen's width
    return (
      <dl style={{ margin: 0, overflowWrap: 'anywhere' }}>
        {changes.map((c) => (
          <div key={c.field} style={{ marginBottom: 8 }}>
            <dt style={{ fontWeight: 600 }}>{c.label}</dt>
            <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{`${t('before')}: ${c.before ?? '—'}`}</dd>
            <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{`${t('after')}: ${c.after ?? '—'}`}</dd>
          </div>
        ))}
      </dl>
    );
  }
  return (
    <Table
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={changes}
      scroll={{ x: 560 }}
      columns={[
        { title: t('auditField'), dataIndex: 'label', width: 200 },
        { title: t('before'), dataIndex: 'before', render: (v?: string | null) => <span style={{ whiteSpace: 'pre-wrap' }}>{v ?? '—'}</span> },
        { title: t('after'), dataIndex: 'after', render: (v?: string | null) => <span style={{ whiteSpace: 'pre-wrap' }}>{v ?? '—'}</span> },
      ]}
    />
  );
}

/**
 * Nhật ký thao tác: who did what to which object and when, newest first; each entry opens on what
 * changed, field by field. Filters by the actions' Vietnamese names, actor, object and dates (Vietnam
 * days); the same filter exports to Excel.
 */
export function AuditLog() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [paging, setPaging] = useState({ page: 0, size: 20 });
  const [exporting, setExporting] = useState(false);
  // a phone reads each entry as four short lines rather than a table four columns wide
  const wide = !!Grid.useBreakpoint().md;
  const who = (e: AuditEntry) => (e.actorName === 'system' || (!e.actorName && !e.actorId) ? t('auditSystem') : e.actorName ?? `#${e.actorId}`);
  const query: AuditQuery = { ...filter, ...paging };
  const entries = useQuery(auditQuery(query));
  const refine = (next: AuditFilter) => {
    setFilter({ ...filter, ...next });
    setPaging({ ...paging, page: 0 });
  };

  const download = async () => {
    setExporting(true);
    try {
      await exportAudit(filter);
    } catch (e) {
      message.error(e instanceof ApiError ? e.text(lang) : t('loadFailed'));
    } finally {
      setExporting(false);
    }
  };

  return (
    <div>
      <Typography.Title level={3}>{t('audit')}</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          mode="multiple"
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('auditActionFilter')}
          style={{ minWidth: 260, maxWidth: '100%' }}
          options={labelOptions('auditAction')}
          onChange={(codes: string[]) => refine({ action: codes.join(',') || undefined })}
          aria-label={t('action')}
        />
        <Input.Search
          placeholder={t('auditActorFilter')}
          allowClear
          style={{ width: 220 }}
          onSearch={(actor) => refine({ actor: actor.trim() || undefined })}
          aria-label={t('actor')}
        />
        <Select
          allowClear
          placeholder={t('auditEntityFilter')}
          style={{ width: 180 }}
          options={labelOptions('entity')}
          onChange={(entity?: string) => refine({ entity })}
          aria-label={t('entity')}
        />
        <Input.Search
          placeholder={t('auditEntityIdFilter')}
          allowClear
          style={{ width: 160 }}
          onSearch={(entityId) => refine({ entityId: entityId.trim() || undefined })}
          aria-label={t('auditEntityIdFilter')}
        />
        <DatePicker.RangePicker
          format="DD/MM/YYYY"
          placeholder={[t('auditFrom'), t('auditTo')]}
          onChange={(range) => {
            const [from, to] = (range ?? [null, null]) as [Dayjs | null, Dayjs | null];
            refine({ from: from ? vnDayStart(from) : undefined, to: to ? vnDayEnd(to) : undefined });
          }}
        />
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={download}>
          {t('auditExport')}
        </Button>
      </Space>
      {entries.error instanceof ApiError && <Alert type="error" showIcon message={entries.error.text(lang)} style={{ marginBottom: 12 }} />}
      <Table
        rowKey="id"
        loading={entries.isFetching}
        dataSource={entries.data?.items}
        scroll={wide ? { x: 900 } : undefined}
        expandable={{
          expandedRowRender: (e) => <Changes changes={e.changes ?? []} empty={t('auditNoChanges')} wide={wide} />,
        }}
        pagination={{
          current: paging.page + 1,
          pageSize: paging.size,
          total: entries.data?.total,
          onChange: (page, size) => setPaging({ page: page - 1, size }),
        }}
        columns={
          wide
            ? [
                { title: t('auditWho'), key: 'who', width: 180, render: (_: unknown, e) => who(e) },
                { title: t('auditDid'), dataIndex: 'action', width: 230, render: (a: string) => label('auditAction', a) },
                { title: t('auditWhat'), key: 'what', render: (_: unknown, e) => objectText(e, t('auditEntityNumber')) },
                { title: t('auditWhen'), dataIndex: 'at', width: 170, render: (at: string) => formatVnSeconds(at) },
              ]
            : [
                {
                  title: `${t('auditWho')} — ${t('auditDid')} — ${t('auditWhat')} — ${t('auditWhen')}`,
                  key: 'entry',
                  render: (_: unknown, e) => (
                    <div>
                      <div>
                        <b>{who(e)}</b> — {label('auditAction', e.action)}
                      </div>
                      <div>{objectText(e, t('auditEntityNumber'))}</div>
                      <Typography.Text type="secondary">{formatVnSeconds(e.at)}</Typography.Text>
                    </div>
                  ),
                },
              ]
        }
      />
    </div>
  );
}
