import { App, Alert, Button, Card, Checkbox, Col, Form, Input, InputNumber, Popconfirm, Row, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { MarkdownEditor } from '@/components/markdown-editor';
import { contestQuery, createContest, deleteContest, duplicateContest, useContestChange } from '@/features/contests/api/contests';
import { bankChoicesQuery } from '@/features/contests/api/get-banks';
import type { ContestBody } from '@/features/contests/api/types';
import { ApiError, fieldErrors } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { RoundsEditor } from './rounds-editor';
import { OrganizingUnit } from './organizing-unit';
import { useAuth } from '@/lib/auth';
import { label } from '@/lib/labels';

export function ContestEditor() {
  const { id } = useParams();
  const contestId = id && id !== 'new' ? Number(id) : undefined;
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const { me } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm<ContestBody>();
  const [error, setError] = useState<string | null>(null);
  const banks = useQuery(bankChoicesQuery());
  const loaded = useQuery({ ...contestQuery(contestId ?? 0), enabled: !!contestId });
  // a new contest has nothing loaded, whatever the cache holds
  const contest = contestId ? loaded.data : undefined;
  const change = useContestChange();

  useEffect(() => {
    if (contest) form.setFieldsValue(contest as never);
  }, [contest, form]);

  const show = (e: unknown) => {
    form.setFields(fieldErrors(e, lang) as never);
    setError(e instanceof ApiError ? e.text(lang) : t('loadFailed'));
  };

  const save = async (values: ContestBody) => {
    setError(null);
    try {
      if (contestId) {
        await change.mutateAsync({ id: contestId, body: values });
        message.success(t('saved'));
      } else {
        const created = await createContest(values);
        message.success(t('saved'));
        navigate(`/contests/${created.id}`);
      }
    } catch (e) {
      show(e);
    }
  };

  const togglePublish = async () => {
    if (!contest) return;
    setError(null);
    try {
      await change.mutateAsync({ id: contest.id, publish: contest.status !== 'PUBLISHED' });
      message.success(t('saved'));
    } catch (e) {
      show(e);
    }
  };

  const duplicate = async () => {
    if (!contest) return;
    setError(null);
    try {
      const copy = await duplicateContest(contest.id);
      message.success(t('duplicated'));
      navigate(`/contests/${copy.id}`);
    } catch (e) {
      show(e);
    }
  };

  const remove = async () => {
    if (!contest) return;
    setError(null);
    try {
      await deleteContest(contest.id);
      message.success(t('deleted'));
      navigate('/contests');
    } catch (e) {
      show(e);
    }
  };

  // a draft nobody took can go; anything else is part of the record
  const deletable = !!contest && contest.status === 'DRAFT' && (contest.rounds ?? []).every((r) => !r.attempts && r.status !== 'CLOSED');

  return (
    <div>
      <Space align="center" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {contest?.name ?? t('newContest')}
        </Typography.Title>
        {contest && <Tag color={contest.status === 'PUBLISHED' ? 'green' : 'default'}>{label('contestStatus', contest.status)}</Tag>}
        {contest && (
          <Button onClick={togglePublish}>{contest.status === 'PUBLISHED' ? t('unpublish') : t('publish')}</Button>
        )}
        {contest && (
          <Tooltip title={t('duplicateContestHelp')}>
            <Button onClick={duplicate}>{t('duplicate')}</Button>
          </Tooltip>
        )}
        {deletable && (
          <Popconfirm title={t('deleteContestConfirm')} description={t('deleteContestHelp')} okText={t('deleteContest')} okButtonProps={{ danger: true }} cancelText={t('cancel')} onConfirm={remove}>
            <Button danger>{t('deleteContest')}</Button>
          </Popconfirm>
        )}
      </Space>
      {error && <Alert type="error" showIcon message={error} role="alert" style={{ margin: '16px 0' }} />}
      <Card style={{ marginTop: 16 }}>
        <Form form={form} layout="vertical" onFinish={save} initialValues={{ eligibility: { localOnly: false }, overallBoard: false, avoidRepeatsAcrossRounds: false }}>
          <Form.Item name="name" label={t('name')}>
            <Input />
          </Form.Item>
          <Form.Item name="slug" label={t('slug')}>
            <Input placeholder="chuyen-doi-so-2026" />
          </Form.Item>
          <Form.Item name="organizer" label={t('organizer')}>
            <Input />
          </Form.Item>
          <Form.Item name="bankId" label={t('bank')}>
            <Select options={(banks.data ?? []).map((b) => ({ value: b.id, label: b.name }))} />
          </Form.Item>
          <Form.Item name="description" label={t('description')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="rulesMd" label={t('rules')}>
            <MarkdownEditor />
          </Form.Item>
          <Form.Item name="prizeMd" label={t('prizes')}>
            <MarkdownEditor />
          </Form.Item>
          <Space wrap>
            <Form.Item name={['eligibility', 'minAge']} label={lang === 'en' ? 'Minimum age' : 'Độ tuổi tối thiểu'}>
              <InputNumber />
            </Form.Item>
            <Form.Item name={['branding', 'color']} label={lang === 'en' ? 'Colour' : 'Màu chủ đạo'}>
              <Input placeholder="#0b5394" />
            </Form.Item>
          </Space>
          {/* one row on a wide screen, one field a line on a phone */}
          <Row gutter={16}>
            <Col xs={24} md={10}>
              <Form.Item
                name="supportHotline"
                label={lang === 'en' ? 'Support hotline' : 'Đường dây nóng hỗ trợ'}
                extra={lang === 'en' ? 'Shown to contestants on the contest page.' : 'Hiển thị cho người thi trên trang cuộc thi.'}
              >
                <Input placeholder="0251 3822 000" maxLength={50} inputMode="tel" />
              </Form.Item>
            </Col>
            <Col xs={24} md={14}>
              <Form.Item name="supportHours" label={lang === 'en' ? 'Support hours' : 'Giờ hỗ trợ'}>
                <Input placeholder={lang === 'en' ? '7:30–17:00, Monday to Friday' : '7 giờ 30 – 17 giờ, thứ Hai đến thứ Sáu'} maxLength={200} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name={['eligibility', 'localOnly']} valuePropName="checked">
            <Checkbox>{lang === 'en' ? 'Only people who live, study or work in the province' : 'Chỉ người sinh sống, học tập, làm việc trên địa bàn tỉnh'}</Checkbox>
          </Form.Item>
          <Form.Item name="overallBoard" valuePropName="checked">
            <Checkbox>{lang === 'en' ? 'Overall leaderboard' : 'Bảng xếp hạng chung'}</Checkbox>
          </Form.Item>
          <Form.Item
            name="avoidRepeatsAcrossRounds"
            valuePropName="checked"
            extra={lang === 'en'
              ? 'Within a round a later attempt always draws unseen questions first; this extends it to the contest\'s earlier rounds.'
              : 'Trong một đợt, lượt thi sau luôn ưu tiên câu hỏi người thi chưa gặp; tùy chọn này áp dụng cả với các đợt trước của cuộc thi.'}
          >
            <Checkbox>{lang === 'en' ? 'Do not repeat questions a contestant saw in earlier rounds' : 'Không lặp lại câu hỏi người thi đã gặp ở các đợt trước'}</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('save')}
          </Button>
        </Form>
      </Card>
      {contest && me?.roles.includes('ADMIN') && (
        <OrganizingUnit contestId={contest.id} unit={contest.organizingUnit} onChanged={() => void loaded.refetch()} />
      )}
      {contest && <RoundsEditor contest={contest} onChanged={() => void loaded.refetch()} />}
    </div>
  );
}
