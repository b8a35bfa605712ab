import { ArrowLeftOutlined, EyeOutlined, KeyOutlined, LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Grid, List, Result, Space, Spin, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { ReasonDialog } from '@/components/reason-dialog';
import { contestantQuery } from '@/features/support/api/get-contestant';
import { resetContestantPassword } from '@/features/support/api/reset-password';
import { setContestantEnabled } from '@/features/support/api/set-enabled';
import type { AttemptRecord, ContestantFile, CorrectableField, ResultRecord } from '@/features/support/api/types';
import { unmaskContestant, type Unmasked } from '@/features/support/api/unmask-contestant';
import type { MessageKey } from '@/config/messages';
import { ApiError } from '@/lib/api-client';
import { useAuth } from '@/lib/auth';
import { fill, money, seconds } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { label } from '@/lib/labels';
import { formatVn, formatVnDate, formatVnSeconds } from '@/lib/vn-time';
import { CorrectDialog } from './correct-dialog';
import { OneTimePasswordDialog } from './one-time-password-dialog';
import { AccountTags } from './support-search';

type Decision = 'unmask' | 'reset' | 'disable' | 'enable' | null;

/**
 * One contestant as the support desk sees them (hồ sơ thí sinh): the registration masked (in full
 * for the committee chair and ADMIN, with a reason), the consent record, attempts and results in
 * Vietnam time; a field corrected, a one-time password issued, the account disabled or enabled.
 */
export function ContestantPage() {
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const accountId = Number(useParams().id);
  const queryClient = useQueryClient();
  const contestant = useQuery(contestantQuery(accountId));
  const setContestant = (next: ContestantFile) => queryClient.setQueryData(contestantQuery(accountId).queryKey, next);
  const [unmasked, setUnmasked] = useState<Unmasked | null>(null);
  const [decision, setDecision] = useState<Decision>(null);
  const [correcting, setCorrecting] = useState<{ name: CorrectableField; label: string; current: string } | null>(null);
  const [oneTime, setOneTime] = useState<{ fullName: string; password: string } | null>(null);
  // the server lets only these roles see personal data in clear
  const mayUnmask = can('COMMITTEE_CHAIR');

  if (contestant.error instanceof ApiError && contestant.error.status === 404) {
    return <Result status="404" title={contestant.error.text(lang)} extra={<Link to="/support">{t('supportBack')}</Link>} />;
  }
  if (!contestant.data) {
    return contestant.error != null ? (
      <Alert type="error" showIcon message={contestant.error instanceof ApiError ? contestant.error.text(lang) : t('loadFailed')} />
    ) : (
      <Spin style={{ display: 'block', margin: '48px auto' }} />
    );
  }
  const file = contestant.data;
  const r = file.registration;
  const shown = {
    citizenId: unmasked?.citizenId ?? r.citizenId,
    phone: unmasked?.phone ?? r.phone,
    email: unmasked ? unmasked.email : r.email,
  };

  const edit = (name: CorrectableField, labelKey: MessageKey, current: string | null) => (
    <Button
      size="small"
      type="link"
      aria-label={`${t('supportCorrectField')} ${t(labelKey).toLocaleLowerCase('vi')}`}
      onClick={() => setCorrecting({ name, label: t(labelKey), current: current ?? '' })}
    >
      {t('supportCorrectField')}
    </Button>
  );
  const row = (key: string, labelKey: MessageKey, value: ReactNode, field?: CorrectableField, current?: string | null) => ({
    key,
    label: t(labelKey),
    children: (
      <Space size={4} wrap>
        <span data-testid={`registration-${key}`}>{value ?? '—'}</span>
        {field && edit(field, labelKey, current ?? null)}
      </Space>
    ),
  });
  // a masked number is no starting point for a correction: the field starts empty unless shown in full
  const registration = [
    row('fullName', 'supportName', r.fullName, 'fullName', r.fullName),
    row('birthDate', 'supportBirthDate', formatVnDate(r.birthDate), 'birthDate', r.birthDate),
    row('citizenId', 'supportCitizenId', shown.citizenId, 'citizenId', unmasked?.citizenId),
    row('phone', 'supportPhone', shown.phone, 'phone', unmasked?.phone),
    row('email', 'supportEmail', shown.email ?? '—', 'email', unmasked?.email),
    row('unit', 'supportUnit', r.unit ?? '—', 'unit', r.unit),
    row('commune', 'supportCommune', r.commune, 'commune', r.commune),
    row('group', 'supportGroup', label('participantGroup', r.group), 'group', r.group),
    row('account', 'supportAccount', <AccountTags enabled={r.enabled} mustChangePassword={r.mustChangePassword} />),
    row('registeredAt', 'supportRegisteredAt', formatVn(r.registeredAt)),
  ];

  const decide = async (reason: string) => {
    if (decision === 'unmask') {
      setUnmasked(await unmaskContestant(accountId, reason));
    } else if (decision === 'reset') {
      const reset = await resetContestantPassword(accountId, reason);
      setOneTime({ fullName: r.fullName, password: reset.temporaryPassword });
      await contestant.refetch();
    } else if (decision === 'disable' || decision === 'enable') {
      setContestant(await setContestantEnabled(accountId, decision === 'enable', reason));
      message.success(t(decision === 'enable' ? 'supportEnabledDone' : 'supportDisabledDone'));
    }
  };
  const dialog: Record<Exclude<Decision, null>, { title: string; help: string; ok: string; danger?: boolean }> = {
    unmask: { title: t('supportUnmaskTitle'), help: t('supportUnmaskHelp'), ok: t('supportUnmask') },
    reset: { title: fill(t('supportResetTitle'), { name: r.fullName }), help: t('supportResetHelp'), ok: t('supportResetPassword') },
    disable: { title: fill(t('supportDisableTitle'), { name: r.fullName }), help: t('supportDisableHelp'), ok: t('supportDisable'), danger: true },
    enable: { title: fill(t('supportEnableTitle'), { name: r.fullName }), help: t('supportEnableHelp'), ok: t('supportEnable') },
  };
  const open = decision ? dialog[decision] : null;

  const attempts = file.attempts ?? [];
  const results = file.results ?? [];
  const roundOf = (a: { roundName: string; contestName: string }) => fill(t('supportRoundOf'), { round: a.roundName, contest: a.contestName });
  const attemptStatus = (a: AttemptRecord) => (
    <Space size={4} wrap>
      <Tag>{label('attemptStatus', a.status)}</Tag>
      {a.disqualified && <Tag color="red">{t('supportDisqualified')}</Tag>}
    </Space>
  );
  const correct = (a: AttemptRecord) => (a.correctCount === null ? '—' : `${a.correctCount}/${a.questionCount}`);
  const prize = (x: ResultRecord) => (x.prize ? `${x.prize}${x.prizeAmountVnd ? ` (${money(x.prizeAmountVnd, lang)})` : ''}` : '—');

  return (
    <div>
      {/* back to the results as they were (their criteria are in the address), or to the empty search */}
      <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => (location.key === 'default' ? navigate('/support') : navigate(-1))} style={{ paddingInline: 0 }}>
        {t('supportBack')}
      </Button>
      <Typography.Title level={3} style={{ marginTop: 4 }}>{fill(t('supportContestant'), { name: r.fullName })}</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button icon={<KeyOutlined />} onClick={() => setDecision('reset')}>{t('supportResetPassword')}</Button>
        {r.enabled ? (
          <Button danger icon={<LockOutlined />} onClick={() => setDecision('disable')}>{t('supportDisable')}</Button>
        ) : (
          <Button icon={<UnlockOutlined />} onClick={() => setDecision('enable')}>{t('supportEnable')}</Button>
        )}
      </Space>

      <Card
        size="small"
        title={t('supportRegistration')}
        style={{ marginBottom: 16 }}
        extra={
          mayUnmask && !unmasked ? (
            <Button size="small" icon={<EyeOutlined />} onClick={() => setDecision('unmask')}>{t('supportUnmask')}</Button>
          ) : null
        }
      >
        <Alert
          type={unmasked ? 'warning' : 'info'}
          showIcon
          message={t(unmasked ? 'supportUnmasked' : 'supportMasked')}
          style={{ marginBottom: 12 }}
        />
        <Descriptions size="small" bordered column={screens.lg ? 2 : 1} items={registration} />
      </Card>

      <Card size="small" title={t('supportConsent')} style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={screens.md ? 2 : 1}
          items={[
            { key: 'version', label: t('supportConsentVersion'), children: file.consent.version },
            { key: 'at', label: t('supportConsentAt'), children: formatVnSeconds(file.consent.acceptedAt) },
          ]}
        />
      </Card>

      <Card size="small" title={t('supportAttempts')} style={{ marginBottom: 16 }}>
        {screens.md ? (
          <Table<AttemptRecord>
            size="small"
            rowKey="attemptId"
            dataSource={attempts}
            pagination={attempts.length > 20 ? { pageSize: 20 } : false}
            locale={{ emptyText: t('supportNoAttempts') }}
            scroll={{ x: 900 }}
            columns={[
              { title: t('round'), key: 'round', render: (_, a) => roundOf(a) },
              { title: t('supportAttemptNo'), dataIndex: 'attemptNo', width: 60 },
              { title: t('status'), key: 'status', width: 150, render: (_, a) => attemptStatus(a) },
              { title: t('supportStartedAt'), dataIndex: 'startedAt', width: 160, render: (v: string) => formatVnSeconds(v) },
              { title: t('supportSubmittedAt'), dataIndex: 'submittedAt', width: 160, render: (v: string | null) => formatVnSeconds(v) },
              { title: t('supportScore'), dataIndex: 'score', width: 70, render: (v: number | null) => v ?? '—' },
              { title: t('supportCorrect'), key: 'correct', width: 100, render: (_, a) => correct(a) },
              { title: t('supportDuration'), dataIndex: 'durationMs', width: 130, render: (v: number | null) => seconds(v, lang) },
            ]}
          />
        ) : (
          <List<AttemptRecord>
            dataSource={attempts}
            locale={{ emptyText: t('supportNoAttempts') }}
            renderItem={(a) => (
              <List.Item style={{ display: 'block' }}>
                <strong>{roundOf(a)}</strong> · {t('supportAttemptNo')} {a.attemptNo}
                <div>{attemptStatus(a)}</div>
                <div>{t('supportStartedAt')}: {formatVnSeconds(a.startedAt)}</div>
                <div>{t('supportSubmittedAt')}: {formatVnSeconds(a.submittedAt)}</div>
                <div>{t('supportScore')}: {a.score ?? '—'} · {t('supportCorrect')}: {correct(a)} · {seconds(a.durationMs, lang)}</div>
              </List.Item>
            )}
          />
        )}
      </Card>

      <Card size="small" title={t('supportResults')}>
        {screens.md ? (
          <Table<ResultRecord>
            size="small"
            rowKey="roundId"
            dataSource={results}
            pagination={false}
            locale={{ emptyText: t('supportNoResults') }}
            scroll={{ x: 800 }}
            columns={[
              { title: t('round'), key: 'round', render: (_, x) => roundOf(x) },
              { title: t('supportRank'), dataIndex: 'rank', width: 70 },
              { title: t('supportScore'), dataIndex: 'score', width: 70 },
              { title: t('supportDuration'), dataIndex: 'durationMs', width: 130, render: (v: number) => seconds(v, lang) },
              { title: t('supportSubmittedAt'), dataIndex: 'submittedAt', width: 160, render: (v: string) => formatVnSeconds(v) },
              { title: t('supportPrize'), key: 'prize', render: (_, x) => prize(x) },
            ]}
          />
        ) : (
          <List<ResultRecord>
            dataSource={results}
            locale={{ emptyText: t('supportNoResults') }}
            renderItem={(x) => (
              <List.Item style={{ display: 'block' }}>
                <strong>{roundOf(x)}</strong>
                <div>{t('supportRank')} {x.rank} · {t('supportScore')} {x.score} · {seconds(x.durationMs, lang)}</div>
                <div>{t('supportPrize')}: {prize(x)}</div>
              </List.Item>
            )}
          />
        )}
      </Card>

      <ReasonDialog
        open={open !== null}
        title={open?.title ?? ''}
        description={open?.help}
        okText={open?.ok ?? ''}
        danger={open?.danger}
        maxLength={500}
        onSubmit={decide}
        onClose={() => setDecision(null)}
      />
      <CorrectDialog
        accountId={accountId}
        field={correcting}
        onSaved={(next) => {
          setContestant(next);
          // a corrected number shows masked again: what was unmasked is no longer current
          setUnmasked(null);
          message.success(t('supportCorrected'));
        }}
        onClose={() => setCorrecting(null)}
      />
      <OneTimePasswordDialog shown={oneTime} onClose={() => setOneTime(null)} />
    </div>
  );
}
