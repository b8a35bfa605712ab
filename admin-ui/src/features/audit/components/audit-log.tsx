import { Input, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { searchAudit, type AuditQuery } from '@/features/audit/api/audit';
import { useI18n } from '@/lib/i18n';
import { useLoad } from '@/lib/use-load';

const json = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value, null, 2));

/** Nhật ký thao tác: who changed what and when, newest first, with the before and after. */
export function AuditLog() {
  const { t } = useI18n();
  const [query, setQuery] = useState<AuditQuery>({ page: 0, size: 20 });
  const entries = useLoad(() => searchAudit(query), [query]);
  return (
    <div>
      <Typography.Title level={3}>{t('audit')}</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search placeholder={t('actor')} allowClear onSearch={(actor) => setQuery({ ...query, actor, page: 0 })} />
        <Input.Search placeholder={t('action')} allowClear onSearch={(action) => setQuery({ ...query, action, page: 0 })} />
        <Input.Search placeholder={t('entity')} allowClear onSearch={(entity) => setQuery({ ...query, entity, page: 0 })} />
      </Space>
      <Table
        rowKey="id"
        loading={entries.loading}
        dataSource={entries.data?.items}
        scroll={{ x: 700 }}
        expandable={{
          expandedRowRender: (e) => (
            <Space align="start" wrap>
              <div>
                <b>{t('before')}</b>
                <pre style={{ maxWidth: 500, whiteSpace: 'pre-wrap' }}>{json(e.before)}</pre>
              </div>
              <div>
                <b>{t('after')}</b>
                <pre style={{ maxWidth: 500, whiteSpace: 'pre-wrap' }}>{json(e.after)}</pre>
              </div>
            </Space>
          ),
        }}
        pagination={{
          current: query.page + 1,
          pageSize: query.size,
          total: entries.data?.total,
          onChange: (page, size) => setQuery({ ...query, page: page - 1, size }),
        }}
        columns={[
          { title: t('time'), dataIndex: 'at', width: 160, render: (at: string) => dayjs(at).format('DD/MM/YYYY HH:mm:ss') },
          { title: t('actor'), dataIndex: 'actorName', render: (n: string, e) => n ?? e.actorId ?? '—' },
          { title: t('action'), dataIndex: 'action' },
          { title: t('entity'), dataIndex: 'entity', render: (en: string, e) => `${en} ${e.entityId ?? ''}` },
        ]}
      />
    </div>
  );
}
