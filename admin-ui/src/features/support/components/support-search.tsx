import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Grid, Input, List, Row, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ExportButton } from '@/components/export-button';
import { exportParticipants } from '@/features/support/api/export-participants';
import { SEARCH_FIELDS, useContestantSearch, type ContestantQuery } from '@/features/support/api/search-contestants';
import type { ContestantSummary } from '@/features/support/api/types';
import { ApiError, fieldErrors } from '@/lib/api-client';
import { fill } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/config/messages';
import { formatVnDate } from '@/lib/vn-time';

const PAGE_SIZE = 20;
const FIELD_LABEL: Record<(typeof SEARCH_FIELDS)[number], MessageKey> = {
  name: 'supportName',
  phone: 'supportPhone',
  citizenId: 'supportCitizenId',
  unit: 'supportUnit',
  commune: 'supportCommune',
};

/** The account's state in words: a disabled account, or a one-time password still to be changed. */
export function AccountTags({ enabled, mustChangePassword }: { enabled: boolean; mustChangePassword: boolean }) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap>
      <Tag color={enabled ? 'green' : 'red'}>{t(enabled ? 'supportEnabled' : 'supportDisabled')}</Tag>
      {mustChangePassword && <Tag color="orange">{t('supportMustChange')}</Tag>}
    </Space>
  );
}

/**
 * The support desk's search (tìm thí sinh). The criteria live in the address, so the contestant
 * page's "back" and a reload land on the same results.
 */
export function SupportSearch() {
  const { t, lang } = useI18n();
  const screens = Grid.useBreakpoint();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<ContestantQuery>();
  const query = useMemo(
    () => Object.fromEntries(SEARCH_FIELDS.map((f) => [f, params.get(f) ?? ''])) as ContestantQuery,
    [params],
  );
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const search = useContestantSearch(query, page, PAGE_SIZE);

  useEffect(() => form.setFieldsValue(query), [form, query]);
  // the API names the criterion it refuses: the complaint goes under that field
  useEffect(() => {
    if (search.error) form.setFields(fieldErrors(search.error, lang) as never);
  }, [search.error, form, lang]);

  const find = (values: ContestantQuery) => {
    const next = new URLSearchParams();
    SEARCH_FIELDS.forEach((f) => {
      const v = values[f]?.trim();
      if (v) next.set(f, v);
    });
    setParams(next);
  };
  const toPage = (p: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(p));
    setParams(next);
  };

  const result = search.data;
  const items = result?.items ?? [];
  const asked = SEARCH_FIELDS.some((f) => query[f]);
  const errorText =
    search.error instanceof ApiError
      ? fieldErrors(search.error, lang).length ? null : search.error.text(lang)
      : search.error != null ? t('loadFailed') : null;
  const open = (c: ContestantSummary) => `/support/contestants/${c.accountId}`;
  const pagination = result && result.total > PAGE_SIZE
    ? { current: page + 1, pageSize: PAGE_SIZE, total: result.total, showSizeChanger: false, onChange: (p: number) => toPage(p - 1) }
    : false;

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }} align="start">
        <Typography.Title level={3} style={{ margin: 0 }}>{t('supportTitle')}</Typography.Title>
        <ExportButton label={t('supportExport')} onExport={exportParticipants} />
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>{t('supportHelp')}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form form={form} layout="vertical" onFinish={find} initialValues={query}>
          <Row gutter={12}>
            {SEARCH_FIELDS.map((f) => (
              <Col key={f} xs={24} sm={12} lg={f === 'name' ? 8 : 4}>
                <Form.Item name={f} label={t(FIELD_LABEL[f])} style={{ marginBottom: 12 }}>
                  <Input allowClear maxLength={200} inputMode={f === 'phone' || f === 'citizenId' ? 'numeric' : undefined} />
                </Form.Item>
              </Col>
            ))}
          </Row>
          <Space wrap>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />} loading={search.loading && asked}>
              {t('supportFind')}
            </Button>
            <Button onClick={() => { form.resetFields(); setParams(new URLSearchParams()); }}>{t('supportClear')}</Button>
          </Space>
        </Form>
      </Card>
      {errorText && <Alert type="error" showIcon role="alert" message={errorText} style={{ marginBottom: 12 }} />}
      {!asked ? (
        <Typography.Text type="secondary">{t('supportNeedCriterion')}</Typography.Text>
      ) : result ? (
        <>
          <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
            {fill(t('supportFound'), { n: result.total })}
          </Typography.Text>
          {screens.md ? (
            <Table<ContestantSummary>
              size="small"
              rowKey="accountId"
              loading={search.loading}
              dataSource={items}
              locale={{ emptyText: t('supportNoMatch') }}
              pagination={pagination}
              scroll={{ x: 1000 }}
              columns={[
                { title: t('supportName'), key: 'name', render: (_, c) => <Link to={open(c)}>{c.fullName}</Link> },
                { title: t('supportBirthDate'), dataIndex: 'birthDate', width: 110, render: (v: string) => formatVnDate(v) },
                { title: t('supportCitizenId'), dataIndex: 'citizenIdMasked', width: 150 },
                { title: t('supportPhone'), dataIndex: 'phoneMasked', width: 120 },
                { title: t('supportUnit'), dataIndex: 'unit', render: (v: string | null) => v ?? '—' },
                { title: t('supportCommune'), dataIndex: 'commune' },
                { title: t('supportAccount'), key: 'account', width: 170, render: (_, c) => <AccountTags {...c} /> },
              ]}
            />
          ) : (
            <List<ContestantSummary>
              loading={search.loading}
              dataSource={items}
              locale={{ emptyText: t('supportNoMatch') }}
              pagination={pagination === false ? false : { ...pagination, simple: true, size: 'small' }}
              renderItem={(c) => (
                <List.Item style={{ display: 'block' }}>
                  <Link to={open(c)} style={{ fontWeight: 600 }}>{c.fullName}</Link>
                  <div>{formatVnDate(c.birthDate)} · {c.phoneMasked} · {c.citizenIdMasked}</div>
                  <div>{[c.unit, c.commune].filter(Boolean).join(' · ')}</div>
                  <AccountTags {...c} />
                </List.Item>
              )}
            />
          )}
        </>
      ) : null}
    </div>
  );
}
