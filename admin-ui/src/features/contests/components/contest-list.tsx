import { Button, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { listContests } from '@/features/contests/api/contests';
import { useI18n } from '@/lib/i18n';
import { labelOf } from '@/lib/labels-b';
import { useLoad } from '@/lib/use-load';
import { vnDateTime } from '@/lib/vn-time-b';

export function ContestList() {
  const { t, lang } = useI18n();
  const contests = useLoad(listContests, []);
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
        loading={contests.loading}
        dataSource={contests.data}
        scroll={{ x: true }}
        columns={[
          { title: t('name'), dataIndex: 'name', render: (name: string, c) => <Link to={`/contests/${c.id}`}>{name}</Link> },
          { title: t('slug'), dataIndex: 'slug' },
          { title: t('status'), dataIndex: 'status', render: (s: string) => <Tag color={s === 'PUBLISHED' ? 'green' : 'default'}>{labelOf('status', s, lang)}</Tag> },
          { title: t('rounds'), dataIndex: 'rounds' },
          { title: t('time'), dataIndex: 'updatedAt', render: (at: string) => vnDateTime(at) },
        ]}
      />
    </div>
  );
}
