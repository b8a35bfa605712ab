import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { banksQuery, createBank, downloadExport, downloadTemplate, questionsQuery, type QuestionQuery } from '@/features/questions/api/questions';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { queryKeys } from '@/lib/query-keys';
import { ImportWizard } from './import-wizard';
import { QuestionEditor } from './question-editor';
import { QuestionForm } from './question-form';
import { label, labelOptions } from '@/lib/labels';

export function QuestionBank() {
  const { t, lang } = useI18n();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const banks = useQuery(banksQuery());
  const [chosenBankId, setBankId] = useState<number>();
  // until one is chosen, the first bank
  const bankId = chosenBankId ?? banks.data?.[0]?.id;
  const [query, setQuery] = useState<QuestionQuery>({ page: 0, size: 20 });
  const [importing, setImporting] = useState(false);
  const [editing, setEditing] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const questions = useQuery({ ...questionsQuery(bankId ?? 0, query), enabled: !!bankId });
  /** A question added or imported changes the bank's counts and its list; an edit only the list. */
  const banksChanged = () => queryClient.invalidateQueries({ queryKey: queryKeys.banks.all });
  const questionsChanged = () => bankId && queryClient.invalidateQueries({ queryKey: queryKeys.banks.questionsOf(bankId) });


  const fail = (e: unknown) => message.error(e instanceof ApiError ? e.text(lang) : t('loadFailed'));
  const newBank = () => {
    let name = '';
    modal.confirm({
      title: t('createBank'),
      content: <Input aria-label={t('name')} onChange={(e) => (name = e.target.value)} />,
      onOk: async () => {
        try {
          const bank = await createBank(name);
          await banksChanged();
          setBankId(bank.id);
        } catch (e) {
          fail(e);
          throw e;
        }
      },
    });
  };

  return (
    <div>
      <Typography.Title level={3}>{t('questions')}</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('bank')}
          style={{ minWidth: 240 }}
          value={bankId}
          onChange={(id) => {
            setBankId(id);
            setQuery({ page: 0, size: 20 });
          }}
          options={(banks.data ?? []).map((b) => ({ value: b.id, label: `${b.name} (${b.activeQuestions})` }))}
        />
        <Button onClick={newBank}>{t('createBank')}</Button>
        <Button icon={<PlusOutlined />} disabled={!bankId} onClick={() => setAdding(true)}>
          {t('newQuestion')}
        </Button>
        <Button type="primary" icon={<UploadOutlined />} disabled={!bankId} onClick={() => setImporting(true)}>
          {t('import')}
        </Button>
        <Dropdown
          disabled={!bankId}
          menu={{
            items: (['xlsx', 'csv', 'txt'] as const).map((f) => ({ key: f, label: f.toUpperCase() })),
            onClick: ({ key }) => bankId && downloadExport(bankId, key as 'xlsx').catch(fail),
          }}
        >
          <Button icon={<DownloadOutlined />}>{t('export')}</Button>
        </Dropdown>
        <Button icon={<DownloadOutlined />} onClick={() => downloadTemplate().catch(fail)}>
          {t('template')}
        </Button>
      </Space>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search placeholder={t('search')} allowClear onSearch={(q) => setQuery({ ...query, q, page: 0 })} style={{ width: 260 }} />
        <Select
          allowClear
          placeholder={t('difficulty')}
          style={{ width: 140 }}
          onChange={(difficulty) => setQuery({ ...query, difficulty, page: 0 })}
          options={labelOptions('difficulty')}
        />
        <Select
          allowClear
          placeholder={t('status')}
          style={{ width: 140 }}
          onChange={(status) => setQuery({ ...query, status, page: 0 })}
          options={labelOptions('questionStatus')}
        />
      </Space>
      <Table
        rowKey="id"
        loading={questions.isFetching}
        dataSource={questions.data?.items}
        scroll={{ x: 800 }}
        onRow={(q) => ({ onClick: () => setEditing(q.id), style: { cursor: 'pointer' } })}
        pagination={{
          current: (questions.data?.page ?? 0) + 1,
          pageSize: query.size,
          total: questions.data?.total,
          onChange: (page, size) => setQuery({ ...query, page: page - 1, size }),
        }}
        columns={[
          { title: t('code'), dataIndex: 'code', width: 100 },
          { title: t('text'), dataIndex: 'text', ellipsis: true },
          { title: t('topic'), dataIndex: 'topic', width: 200, ellipsis: { showTitle: true } },
          { title: t('difficulty'), dataIndex: 'difficulty', width: 110, render: (d: string) => label('difficulty', d) },
          { title: t('version'), dataIndex: 'version', width: 100, render: (v: number) => `v${v}` },
          { title: t('status'), dataIndex: 'status', width: 110, render: (s: string) => <Tag color={s === 'ACTIVE' ? 'green' : 'default'}>{label('questionStatus', s)}</Tag> },
        ]}
      />
      {bankId && (
        <ImportWizard
          bankId={bankId}
          open={importing}
          onClose={(imported) => {
            setImporting(false);
            if (imported) {
              void banksChanged();
            }
          }}
        />
      )}
      {bankId && (
        <QuestionForm
          bankId={bankId}
          open={adding}
          onClose={(created) => {
            setAdding(false);
            if (created) {
              void banksChanged();
            }
          }}
        />
      )}
      <QuestionEditor
        questionId={editing}
        onClose={(changed) => {
          setEditing(null);
          if (changed) void questionsChanged();
        }}
      />
    </div>
  );
}
