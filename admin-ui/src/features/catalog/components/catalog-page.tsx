import { EditOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Input, Segmented, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { catalogQuery, type CatalogEntry, type CatalogKind } from '@/features/catalog/api/catalog';
import { useI18n } from '@/lib/i18n';
import { queryKeys } from '@/lib/query-keys';
import { CatalogImport } from './catalog-import';
import { EntryEditor } from './entry-editor';

const number = (value?: number | null) => (value === null || value === undefined ? '—' : value.toLocaleString('vi-VN'));

/**
 * Danh mục đơn vị và xã, phường: the lists registration offers, with the headcounts that the
 * collective prizes divide participants by.
 */
export function CatalogPage() {
  const { t } = useI18n();
  const [kind, setKind] = useState<CatalogKind>('units');
  const [q, setQ] = useState<string>();
  const [active, setActive] = useState<boolean | undefined>();
  const [editing, setEditing] = useState<CatalogEntry | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const queryClient = useQueryClient();
  const entries = useQuery(catalogQuery(kind, q, active));
  const changed = () => void queryClient.invalidateQueries({ queryKey: queryKeys.catalog.all });
  const shown = entries.data ?? [];
  const headcount = shown.filter((e) => e.active).reduce((sum, e) => sum + (e.headcount ?? 0), 0);

  return (
    <div>
      <Typography.Title level={3}>{t('catalog')}</Typography.Title>
      <Segmented<CatalogKind>
        value={kind}
        onChange={setKind}
        style={{ marginBottom: 16 }}
        options={[
          { value: 'units', label: t('catalogUnits') },
          { value: 'communes', label: t('catalogCommunes') },
        ]}
      />
      <Space wrap style={{ marginBottom: 16, width: '100%' }}>
        <Input.Search placeholder={t('search')} allowClear onSearch={(value) => setQ(value || undefined)} style={{ width: 240 }} />
        <Select
          aria-label={t('status')}
          style={{ width: 170 }}
          value={active === undefined ? 'all' : active ? 'active' : 'inactive'}
          onChange={(v) => setActive(v === 'all' ? undefined : v === 'active')}
          options={[
            { value: 'all', label: t('catalogAll') },
            { value: 'active', label: t('catalogActive') },
            { value: 'inactive', label: t('catalogInactive') },
          ]}
        />
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('catalogAdd')}
        </Button>
        <Button type="primary" icon={<UploadOutlined />} onClick={() => setImporting(true)}>
          {t('catalogImport')}
        </Button>
      </Space>
      <Space size="large" style={{ marginBottom: 16 }}>
        <Statistic title={t('catalogEntries')} value={shown.length} />
        <Statistic title={t('catalogHeadcountTotal')} value={number(headcount)} />
      </Space>
      <Table
        rowKey="id"
        loading={entries.isFetching}
        dataSource={shown}
        scroll={{ x: 760 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          { title: t('name'), dataIndex: 'name', width: 260 },
          { title: t('catalogKind'), dataIndex: 'kind', width: 160, render: (k?: string | null) => k ?? '—' },
          {
            title: t('catalogHeadcount'),
            dataIndex: 'headcount',
            width: 140,
            align: 'right',
            sorter: (a, b) => (a.headcount ?? -1) - (b.headcount ?? -1),
            render: number,
          },
          {
            title: t('status'),
            dataIndex: 'active',
            width: 130,
            render: (on: boolean) => <Tag color={on ? 'green' : 'default'}>{on ? t('catalogActive') : t('catalogInactive')}</Tag>,
          },
          {
            title: '',
            key: 'edit',
            width: 60,
            render: (_, entry) => (
              <Button size="small" icon={<EditOutlined />} aria-label={`${t('edit')} ${entry.name}`} onClick={() => setEditing(entry)} />
            ),
          },
        ]}
      />
      <EntryEditor
        kind={kind}
        entry={editing}
        onClose={(saved) => {
          setEditing(null);
          if (saved) changed();
        }}
      />
      <CatalogImport
        kind={kind}
        open={importing}
        onClose={(imported) => {
          setImporting(false);
          if (imported) changed();
        }}
      />
    </div>
  );
}
