import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Alert, Button, Card, Checkbox, Form, Input, InputNumber, Space, Switch, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { AwardScope } from '@/features/awards/api/awards';
import {
  getContestRules,
  getRoundRules,
  setContestRules,
  setRoundRules,
  type Collective,
  type ContestRules,
  type ParticipantGroup,
  type RoundRules,
  type Tier,
} from '@/features/awards/api/prize-rules';
import type { MessageKey } from '@/config/messages';
import { ApiError, fieldErrors } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { queryKeys } from '@/lib/query-keys';

export const GROUPS: { value: ParticipantGroup; label: MessageKey }[] = [
  { value: 'OFFICIAL', label: 'groupOfficial' },
  { value: 'UNION_MEMBER', label: 'groupUnionMember' },
  { value: 'STUDENT', label: 'groupStudent' },
  { value: 'RESIDENT', label: 'groupResident' },
];

/** The usual names, offered for each new tier in turn. */
const TIER_NAMES = { vi: ['Giải Nhất', 'Giải Nhì', 'Giải Ba', 'Giải Khuyến khích'], en: ['First prize', 'Second prize', 'Third prize', 'Consolation prize'] };

/** The form: the rules as read, the collective prize without its formula (the server's wording). */
type Values = Pick<ContestRules, 'tiers' | 'eligibility' | 'onePrizePerPerson'> & { collective: Omit<Collective, 'formula'> };

const vnd = {
  formatter: (v: number | string | undefined) => (v === undefined || v === '' ? '' : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '.')),
  parser: (v: string | undefined) => Number((v ?? '').replace(/\D/g, '')),
};

/**
 * Prize rules (cơ cấu giải thưởng, điều kiện xét giải) of a round or of the whole contest. The
 * API checks everything and names the field; once the scope is signed off the form only reads.
 */
export function PrizeRulesEditor({ scope }: { scope: AwardScope }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [problems, setProblems] = useState<{ title: string; items: string[] } | null>(null);
  const contest = scope.kind === 'contests';
  const queryClient = useQueryClient();
  const rulesKey = queryKeys.awardScope(scope.kind, scope.id, 'prize-rules');
  const rules = useQuery<RoundRules | ContestRules>({
    queryKey: rulesKey,
    queryFn: () => (contest ? getContestRules(scope.id) : getRoundRules(scope.id)),
  });
  const saved = (next: RoundRules | ContestRules) => queryClient.setQueryData(rulesKey, next);
  const locked = !!rules.data?.locked;

  useEffect(() => {
    if (!rules.data) return;
    form.resetFields();
    form.setFieldsValue({
      ...rules.data,
      eligibility: { ...rules.data.eligibility, groups: rules.data.eligibility.groups ?? [] },
    } as never);
  }, [rules.data, form]);

  const save = async (values: Values) => {
    setProblems(null);
    const tiers = (list: Tier[] | undefined, points: boolean) =>
      (list ?? []).map((tier) => ({
        name: tier.name,
        count: tier.count,
        amountVnd: tier.amountVnd,
        ...(points ? { collectivePoints: tier.collectivePoints ?? 0 } : {}),
      }));
    const eligibility = {
      minScore: values.eligibility?.minScore ?? null,
      allCorrectOnly: !!values.eligibility?.allCorrectOnly,
      groups: values.eligibility?.groups ?? [],
    };
    try {
      if (contest) {
        saved(
          await setContestRules(scope.id, {
            tiers: tiers(values.tiers, true),
            eligibility,
            onePrizePerPerson: !!values.onePrizePerPerson,
            collective: {
              rateWeight: values.collective?.rateWeight ?? 0,
              pointsWeight: values.collective?.pointsWeight ?? 0,
              minParticipants: values.collective?.minParticipants ?? 1,
              tiers: tiers(values.collective?.tiers, false),
            },
          }),
        );
      } else {
        saved(await setRoundRules(scope.id, { tiers: tiers(values.tiers, true), eligibility }));
      }
      message.success(t('saved'));
    } catch (e) {
      if (!(e instanceof ApiError)) {
        setProblems({ title: t('loadFailed'), items: [] });
        return;
      }
      form.setFields(fieldErrors(e, lang) as never);
      // complaints about a whole list or the formula have no single field to sit under
      const general = e.errors
        .filter((f) => ['tiers', 'collective', 'collective.tiers'].includes(f.field))
        .map((f) => (lang === 'en' && f.messageEn ? f.messageEn : f.message));
      setProblems({ title: e.text(lang), items: general });
      if (e.code === 'AWARDS_LOCKED') await rules.refetch();
    }
  };

  const tierList = (name: 'tiers' | ['collective', 'tiers'], points: boolean) => (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, i) => (
            <Space
              key={field.key}
              wrap
              align="start"
              data-testid="tier-row"
              style={{ display: 'flex', marginBottom: 8, padding: '8px 12px 0', border: '1px solid #f0f0f0', borderRadius: 8 }}
            >
              <Typography.Text strong style={{ display: 'inline-block', width: 24, paddingTop: 34 }}>
                {i + 1}.
              </Typography.Text>
              <Form.Item name={[field.name, 'name']} label={t('tierName')} rules={[{ required: true, message: t('required') }]}>
                <Input style={{ width: 180 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'count']} label={t('prizeCount')} rules={[{ required: true, message: t('required') }]}>
                <InputNumber min={1} max={1000} style={{ width: 100 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'amountVnd']} label={t('amountVnd')} rules={[{ required: true, message: t('required') }]}>
                <InputNumber min={0} step={100000} style={{ width: 170 }} formatter={vnd.formatter} parser={vnd.parser} />
              </Form.Item>
              {points && (
                <Form.Item name={[field.name, 'collectivePoints']} label={t('collectivePoints')} tooltip={t('collectivePointsHelp')}>
                  <InputNumber min={0} max={1000} style={{ width: 120 }} />
                </Form.Item>
              )}
              {!locked && (
                <Button
                  aria-label={t('removeTier')}
                  icon={<DeleteOutlined />}
                  style={{ marginTop: 30 }}
                  onClick={() => remove(field.name)}
                />
              )}
            </Space>
          ))}
          {!locked && (
            <Button
              icon={<PlusOutlined />}
              onClick={() =>
                add({ name: TIER_NAMES[lang === 'en' ? 'en' : 'vi'][fields.length] ?? '', count: 1, amountVnd: 0, ...(points ? { collectivePoints: 0 } : {}) })
              }
            >
              {t('addTier')}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );

  return (
    <Card title={contest ? t('contestPrizeRules') : t('roundPrizeRules')} size="small">
      {locked && <Alert type="info" showIcon message={t('rulesLocked')} style={{ marginBottom: 16 }} />}
      {rules.error instanceof ApiError && <Alert type="error" showIcon message={rules.error.text(lang)} style={{ marginBottom: 16 }} />}
      {problems && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          message={problems.title}
          description={problems.items.length ? <ul style={{ margin: 0 }}>{problems.items.map((p) => <li key={p}>{p}</li>)}</ul> : undefined}
        />
      )}
      <Form form={form} layout="vertical" onFinish={save} disabled={locked || !rules.data}>
        <Typography.Title level={5}>{t('individualTiers')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('tiersHelp')}</Typography.Paragraph>
        {tierList('tiers', true)}
        <Typography.Title level={5} style={{ marginTop: 24 }}>
          {t('eligibility')}
        </Typography.Title>
        <Form.Item name={['eligibility', 'minScore']} label={t('minScore')}>
          <InputNumber min={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name={['eligibility', 'allCorrectOnly']} valuePropName="checked">
          <Checkbox>{t('allCorrectOnly')}</Checkbox>
        </Form.Item>
        <Form.Item name={['eligibility', 'groups']} label={t('eligibleGroups')} extra={t('eligibleGroupsHelp')}>
          <Checkbox.Group options={GROUPS.map((g) => ({ value: g.value, label: t(g.label) }))} />
        </Form.Item>
        {contest && (
          <>
            <Form.Item name="onePrizePerPerson" valuePropName="checked" label={t('onePrizePerPerson')} extra={t('onePrizePerPersonHelp')}>
              <Switch />
            </Form.Item>
            <Typography.Title level={5} style={{ marginTop: 24 }}>
              {t('collectivePrizes')}
            </Typography.Title>
            <Typography.Paragraph type="secondary">
              {t('collectiveFormula')} <Typography.Text strong>{t('collectiveFormulaText')}</Typography.Text>
            </Typography.Paragraph>
            <Space wrap>
              <Form.Item name={['collective', 'rateWeight']} label={t('rateWeight')}>
                <InputNumber min={0} max={1000} step={0.1} style={{ width: 140 }} />
              </Form.Item>
              <Form.Item name={['collective', 'pointsWeight']} label={t('pointsWeight')}>
                <InputNumber min={0} max={1000} step={0.1} style={{ width: 140 }} />
              </Form.Item>
              <Form.Item name={['collective', 'minParticipants']} label={t('minParticipants')}>
                <InputNumber min={1} style={{ width: 140 }} />
              </Form.Item>
            </Space>
            <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
              {t('collectiveTiers')}
            </Typography.Text>
            <div>{tierList(['collective', 'tiers'], false)}</div>
          </>
        )}
        {!locked && (
          <div style={{ marginTop: 24 }}>
            <Button type="primary" htmlType="submit">
              {t('saveRules')}
            </Button>
          </div>
        )}
      </Form>
    </Card>
  );
}
