import { useQuery } from '@tanstack/react-query';
import { Button, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { contestsQuery } from '@/features/contests/api/contests';
import { useI18n } from '@/lib/i18n';
import { label } from '@/lib/labels';
import { formatVn } from '@/lib/vn-time';

export function ContestList() {
  const { t } = useI18n();
  const contests = useQuery(contestsQuery());
  return (
    <div>
      <Typography.Title level={3}>{t('contests')}</Typography.Title>
      <Link to="/contests/new">
        <Button type="primary" style={{ marginBottom: 16 }}>
          {t('newContest')}
        </Button>
      </Link>
      <Table
        rowKey="id"
        loading={contests.isFetching}
        dataSource={contests.data}
        scroll={{ x: true }}
        columns={[
          { title: t('name'), dataIndex: 'name', render: (name: string, c) => <Link to={`/contests/${c.id}`}>{name}</Link> },
          { title: t('slug'), dataIndex: 'slug' },
          { title: t('status'), dataIndex: 'status', render: (s: string) => <Tag color={s === 'PUBLISHED' ? 'green' : 'default'}>{label('contestStatus', s)}</Tag> },
          { title: t('rounds'), dataIndex: 'rounds' },
          { title: t('time'), dataIndex: 'updatedAt', render: (at: string) => formatVn(at) },
        ]}
      />
    </div>
  );
}
