import { CheckCircleOutlined, EditOutlined, SendOutlined, UnlockOutlined } from '@ant-design/icons';
import { App, Alert, Button, Card, Descriptions, Grid, List, Space, Spin, Steps, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ExportButton } from '@/components/export-button';
import { ReasonDialog } from '@/components/reason-dialog';
import {
  decisionQuery,
  draftDecision,
  publishDecision,
  signDecision,
  unlockDecision,
  useDecisionStep,
  type AwardScope,
  type Decision,
  type FlaggedPlace,
  type UnitStanding,
  type Winner,
} from '@/features/awards/api/awards';
import { exportCollective, exportWinners } from '@/features/awards/api/export-awards';
import type { MessageKey } from '@/config/messages';
import { ApiError } from '@/lib/api-client';
import { useAuth } from '@/lib/auth';
import { fill, instant, money, number, seconds } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { labelOf } from '@/lib/labels-b';
import { IdentityCell } from '@/features/identity';

const LINKS: Record<string, MessageKey> = {
  SCORE: 'linkScore',
  PREDICTION: 'linkPrediction',
  DURATION: 'linkDuration',
  SUBMISSION_TIME: 'linkSubmissionTime',
  ENTRY_ID: 'linkEntryId',
  LAST: 'linkLast',
};
const NOT_RANKED: Record<string, MessageKey> = {
  NO_HEADCOUNT: 'notRankedNoHeadcount',
  TOO_FEW_PARTICIPANTS: 'notRankedTooFew',
  ZERO_INDEX: 'notRankedZeroIndex',
};
const STEP: Record<string, number> = { DRAFT: 0, SIGNED: 1, PUBLISHED: 2 };

/** A refusal the committee can act on: what happened, and the one thing to do about it. */
type Problem = { text: string; hint?: string; items?: string[]; redraft?: boolean; link?: { to: string; label: string } };

/** "1. Nguyễn V. A. (Giải Nhất): Làm bài nhanh bất thường". */
const flaggedLine = (rank: number, name: string, tier: string, labels: string[]) => `${rank}. ${name} (${tier}): ${labels.join(', ')}`;

/**
 * The winners of a round or of the whole contest: draft → review → sign-off → publish, and an
 * ADMIN unlock. The signer signs the version they reviewed; every refusal of the API says why
 * and what to do next.
 */
export function WinnersWorkflow({ scope, contestId }: { scope: AwardScope; contestId: number }) {
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const { message, modal } = App.useApp();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [unlocking, setUnlocking] = useState(false);
  const [overriding, setOverriding] = useState(false);
  const decision = useQuery(decisionQuery(scope));
  const step = useDecisionStep(scope);
  const d = decision.data;
  const contest = scope.kind === 'contests';
  const ranking = scope.kind === 'rounds' ? `/ranking?contest=${contestId}&round=${scope.id}` : undefined;
  const review = `/review?contest=${contestId}${scope.kind === 'rounds' ? `&round=${scope.id}` : ''}`;
  const flagged = (d?.winners ?? []).filter((w) => w.pendingFlags.length > 0);
  const unverified = (d?.winners ?? []).filter((w) => !w.identityVerified);
  const mayVerify = can('COMMITTEE', 'COMMITTEE_CHAIR');

  const explain = (e: unknown): Problem => {
    if (!(e instanceof ApiError)) return { text: t('loadFailed') };
    const text = e.text(lang);
    switch (e.code) {
      case 'DRAFT_CHANGED':
        return { text, hint: fill(t('hintDraftChanged'), { version: (e.details as { currentVersion?: number })?.currentVersion }) };
      case 'RANKING_CHANGED':
        return { text, hint: t('hintRankingChanged'), redraft: true };
      case 'DRAFT_OUTDATED':
        return { text, hint: t('hintDraftOutdated'), redraft: true };
      case 'ROUND_AWARDS_NOT_SIGNED':
        return { text, hint: t('hintRoundsNotSigned'), items: (e.details as { rounds?: string[] })?.rounds ?? [] };
      case 'RANKING_NOT_FROZEN':
        return { text, link: ranking ? { to: ranking, label: t('goToRanking') } : undefined };
      case 'NO_PRIZE_RULES':
        return { text, hint: t('hintNoPrizeRules') };
      case 'IDENTITY_NOT_VERIFIED':
        return { text, hint: t('identityUnverifiedHelp') };
      case 'PRIZE_FLAGS_PENDING':
        return {
          text,
          items: ((e.details as { winners?: FlaggedPlace[] })?.winners ?? []).map((w) => flaggedLine(w.rank, w.displayName, w.tier, w.flagLabels)),
          link: { to: review, label: t('goToReview') },
        };
      default:
        return { text };
    }
  };

  const run = async (action: () => Promise<Decision>, done: MessageKey) => {
    setBusy(true);
    setProblem(null);
    try {
      await step.mutateAsync(action);
      message.success(t(done));
    } catch (e) {
      const p = explain(e);
      setProblem(p);
      // the screen must show what is signed now, not what was reviewed before
      if (e instanceof ApiError && e.status === 409) await decision.refetch();
    } finally {
      setBusy(false);
    }
  };

  const confirmSign = (current: Decision) =>
    modal.confirm({
      title: fill(t('signTitle'), { version: current.version }),
      width: 560,
      content: (
        <>
          <p>{fill(t('signSummary'), { winners: current.winners.length, units: current.collective.filter((u) => u.tier).length })}</p>
          <p>
            {t('rankingHash')}: <Typography.Text code style={{ wordBreak: 'break-all' }}>{current.rankingHash}</Typography.Text>
          </p>
          <p>{t('signWarning')}</p>
        </>
      ),
      okText: t('signOff'),
      cancelText: t('cancel'),
      onOk: () => run(() => signDecision(scope, current.version), 'signedDone'),
    });

  const confirmPublish = () =>
    modal.confirm({
      title: t('publishAwardsTitle'),
      content: t('publishAwardsHelp'),
      okText: t('publishAwards'),
      cancelText: t('cancel'),
      onOk: () => run(() => publishDecision(scope), 'publishedDone'),
    });

  if (decision.isFetching && decision.data === undefined) return <Spin />;

  const status = d?.status;
  const locked = status === 'SIGNED' || status === 'PUBLISHED';
  const actions: ReactNode[] = [];
  if (!locked) {
    actions.push(
      <Button key="draft" type={d ? 'default' : 'primary'} icon={<EditOutlined />} loading={busy} onClick={() => run(() => draftDecision(scope), 'draftedDone')}>
        {d ? t('redraft') : t('draftWinners')}
      </Button>,
    );
  }
  if (d && status === 'DRAFT') {
    actions.push(
      <Button key="sign" type="primary" icon={<CheckCircleOutlined />} disabled={busy} onClick={() => confirmSign(d)}>
        {t('signOff')}
      </Button>,
    );
    if (flagged.length > 0 && can('ADMIN')) {
      actions.push(
        <Button key="override" danger disabled={busy} onClick={() => setOverriding(true)}>
          {t('prizeFlagsOverride')}
        </Button>,
      );
    }
  }
  if (status === 'SIGNED') {
    actions.push(
      <Button key="publish" type="primary" icon={<SendOutlined />} disabled={busy} onClick={confirmPublish}>
        {t('publishAwards')}
      </Button>,
    );
  }
  if (locked && can('ADMIN')) {
    actions.push(
      <Button key="unlock" danger icon={<UnlockOutlined />} onClick={() => setUnlocking(true)}>
        {t('unlockAwards')}
      </Button>,
    );
  }
  if (locked) {
    actions.push(
      <ExportButton key="export" label={t('exportWinners')} onExport={(format, reason) => exportWinners(scope, format, reason)} />,
    );
    if (contest) {
      actions.push(
        <ExportButton key="collective" label={t('exportCollective')} personalData={false} onExport={(format) => exportCollective(scope.id, format)} />,
      );
    }
  }

  return (
    <div>
      <Steps
        size="small"
        style={{ marginBottom: 16 }}
        current={d ? STEP[d.status] : 0}
        status={!d ? 'wait' : d.status === 'PUBLISHED' ? 'finish' : 'process'}
        items={[
          { title: t('stepDraft'), description: d ? fill(t('versionN'), { version: d.version }) : undefined },
          { title: t('stepSigned'), description: d?.signedBy ?? undefined },
          { title: t('stepPublished'), description: d?.publishedAt ? instant(d.publishedAt) : undefined },
        ]}
      />
      {decision.error instanceof ApiError && <Alert type="error" showIcon message={decision.error.text(lang)} style={{ marginBottom: 16 }} />}
      <Alert type={statusType(status)} showIcon style={{ marginBottom: 16 }} message={statusText(d, t)} data-testid="award-status" />
      {d?.rankingChanged && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('rankingChangedSinceDraft')} />
      )}
      {problem && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setProblem(null)}
          data-testid="award-problem"
          style={{ marginBottom: 16 }}
          message={problem.text}
          description={
            problem.hint || problem.items?.length || problem.redraft || problem.link ? (
              <>
                {problem.hint && <div>{problem.hint}</div>}
                {!!problem.items?.length && (
                  <ul style={{ margin: '4px 0' }}>
                    {problem.items.map((i) => (
                      <li key={i}>{i}</li>
                    ))}
                  </ul>
                )}
                {problem.redraft && (
                  <Button size="small" style={{ marginTop: 8 }} onClick={() => run(() => draftDecision(scope), 'draftedDone')}>
                    {t('redraft')}
                  </Button>
                )}
                {problem.link && <Link to={problem.link.to}>{problem.link.label} →</Link>}
              </>
            ) : undefined
          }
        />
      )}
      {status === 'DRAFT' && unverified.length > 0 && (
        <Alert
          type="info"
          showIcon
          data-testid="identity-unverified"
          role="status"
          style={{ marginBottom: 16 }}
          message={fill(t('identityUnverifiedTitle'), { n: unverified.length })}
          description={t('identityUnverifiedHelp')}
        />
      )}
      {flagged.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="prize-flags"
          role="status"
          style={{ marginBottom: 16 }}
          message={fill(t('prizeFlagsTitle'), { n: flagged.length })}
          description={
            <>
              {status === 'DRAFT' && <div>{t('prizeFlagsHelp')}</div>}
              <ul style={{ margin: '4px 0' }}>
                {flagged.map((w) => (
                  <li key={`${w.tierPosition}-${w.accountId}`}>
                    {flaggedLine(w.rank, w.fullName, w.tier, [...new Set(w.pendingFlags.map((f) => labelOf('flag', f.kind, lang)))])}
                  </li>
                ))}
              </ul>
              <Link to={review}>{t('goToReview')} →</Link>
            </>
          }
        />
      )}
      <Space wrap style={{ marginBottom: 16 }}>
        {actions}
      </Space>
      {d && (
        <>
          <Descriptions
            size="small"
            bordered
            column={{ xs: 1, md: 2 }}
            style={{ marginBottom: 16 }}
            items={[
              { key: 'hash', label: t('rankingHash'), span: 2, children: <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>{d.rankingHash}</Typography.Text> },
              { key: 'drafted', label: t('draftedAt'), children: `${instant(d.draftedAt)}${d.draftedBy ? ` — ${d.draftedBy}` : ''}` },
              { key: 'signed', label: t('signedAt'), children: d.signedAt ? `${instant(d.signedAt)} — ${d.signedBy ?? ''}` : '—' },
            ]}
          />
          {d.unfilled.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              message={t('unfilledPrizes')}
              description={
                <ul style={{ margin: 0 }}>
                  {d.unfilled.map((u) => (
                    <li key={u.tierPosition}>{fill(t('unfilledLine'), { tier: u.tier, count: u.count })}</li>
                  ))}
                </ul>
              }
            />
          )}
          <WinnersTable winners={d.winners} mayVerify={mayVerify && status === 'DRAFT'} onVerified={() => void decision.refetch()} />
          {contest && <CollectiveTable units={d.collective} />}
        </>
      )}
      <ReasonDialog
        open={overriding}
        title={t('prizeFlagsOverrideTitle')}
        description={<Alert type="warning" showIcon message={t('prizeFlagsOverrideHelp')} />}
        okText={t('prizeFlagsOverride')}
        danger
        maxLength={500}
        onSubmit={async (reason) => {
          if (!d) return;
          await step.mutateAsync(() => signDecision(scope, d.version, reason));
          setProblem(null);
          message.success(t('signedDone'));
        }}
        onClose={() => setOverriding(false)}
      />
      <ReasonDialog
        open={unlocking}
        title={t('unlockAwardsTitle')}
        description={<Alert type="warning" showIcon message={t('unlockAwardsHelp')} />}
        okText={t('unlockAwards')}
        danger
        maxLength={500}
        onSubmit={async (reason) => {
          await step.mutateAsync(() => unlockDecision(scope, reason));
          setProblem(null);
          message.success(t('unlockedDone'));
        }}
        onClose={() => setUnlocking(false)}
      />
    </div>
  );
}

function statusType(status?: string) {
  return status === 'PUBLISHED' ? 'success' : status === 'SIGNED' ? 'info' : status === 'DRAFT' ? 'warning' : 'info';
}

function statusText(d: Decision | null | undefined, t: (k: MessageKey) => string) {
  if (!d) return t('statusNone');
  if (d.status === 'DRAFT') return fill(t('statusDraft'), { version: d.version, at: instant(d.draftedAt) });
  if (d.status === 'SIGNED') return fill(t('statusSigned'), { name: d.signedBy, at: instant(d.signedAt) });
  return fill(t('statusPublished'), { at: instant(d.publishedAt) });
}

function WinnersTable({ winners, mayVerify, onVerified }: { winners: Winner[]; mayVerify: boolean; onVerified: () => void }) {
  const { t, lang } = useI18n();
  const screens = Grid.useBreakpoint();
  const passedOver = (w: Winner) => (
    <List
      size="small"
      header={<strong>{fill(t('passedOverFor'), { name: w.displayName, count: w.passedOverCount })}</strong>}
      dataSource={w.passedOver}
      renderItem={(p) => (
        <List.Item>
          {fill(t('passedOverLine'), { rank: p.rank, name: p.displayName })}: {lang === 'en' ? p.explanationEn : p.explanation}
        </List.Item>
      )}
    />
  );
  if (!screens.md) {
    // a phone shows each winner as a block with everything the committee checks, passed-over people included
    return (
      <Card size="small" title={`${t('winners')} (${winners.length})`} style={{ marginBottom: 16 }}>
        <List<Winner>
          dataSource={winners}
          locale={{ emptyText: t('noWinners') }}
          renderItem={(w) => (
            <List.Item data-testid={`winner-${w.accountId}`} style={{ display: 'block' }}>
              <Space wrap size={4}>
                <Tag color="gold">{w.tier}</Tag>
                <span>{money(w.amountVnd, lang)}</span>
              </Space>
              <div>
                <strong>{w.fullName}</strong> — {t('rank')} {w.rank}
              </div>
              <FlagTags winner={w} />
              <IdentityCell accountId={w.accountId} name={w.fullName} verified={w.identityVerified} canVerify={mayVerify} onVerified={onVerified} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[w.unit, w.commune].filter(Boolean).join(' · ')}
              </Typography.Text>
              <div>
                {[
                  fill(t('scoreN'), { score: w.score }),
                  fill(t('correctOf'), { correct: w.correctCount, total: w.questionCount }),
                  w.predictionError === null ? null : `${t('predictionError')} ${number(w.predictionError, lang)}`,
                  seconds(w.durationMs, lang),
                  instant(w.submittedAt, true),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </div>
              <div style={{ marginTop: 4 }}>
                {t('decidingLink')}: <Tag color="blue">{LINKS[w.decidedBy] ? t(LINKS[w.decidedBy]) : w.decidedBy}</Tag>
              </div>
              {w.passedOver.length > 0 && passedOver(w)}
            </List.Item>
          )}
        />
      </Card>
    );
  }
  return (
    <Card size="small" title={`${t('winners')} (${winners.length})`} style={{ marginBottom: 16 }}>
      <Table<Winner>
        size="small"
        rowKey={(w) => `${w.tierPosition}-${w.accountId}`}
        dataSource={winners}
        pagination={winners.length > 50 ? { pageSize: 50 } : false}
        scroll={{ x: 1340 }}
        locale={{ emptyText: t('noWinners') }}
        expandable={{
          rowExpandable: (w) => w.passedOver.length > 0,
          expandedRowRender: passedOver,
        }}
        columns={[
          {
            title: t('prize'),
            key: 'tier',
            width: 130,
            fixed: 'left',
            render: (_, w) => (
              <>
                <Tag color="gold">{w.tier}</Tag>
                <div style={{ fontSize: 12 }}>{money(w.amountVnd, lang)}</div>
              </>
            ),
          },
          { title: t('rank'), dataIndex: 'rank', width: 64 },
          {
            title: t('contestant'),
            key: 'who',
            width: 200,
            render: (_, w) => (
              <>
                <strong>{w.fullName}</strong>
                <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)' }}>
                  {[w.unit, w.commune].filter(Boolean).join(' · ')}
                </div>
                <FlagTags winner={w} />
              </>
            ),
          },
          {
            title: t('identityVerified'),
            key: 'identity',
            width: 190,
            render: (_, w) => (
              <IdentityCell accountId={w.accountId} name={w.fullName} verified={w.identityVerified} canVerify={mayVerify} onVerified={onVerified} />
            ),
          },
          { title: t('score'), key: 'score', width: 90, render: (_, w) => `${w.score} (${w.correctCount}/${w.questionCount})` },
          { title: t('predictionError'), key: 'pe', width: 100, render: (_, w) => (w.predictionError === null ? '—' : number(w.predictionError, lang)) },
          { title: t('duration'), dataIndex: 'durationMs', width: 110, render: (v: number) => seconds(v, lang) },
          { title: t('submittedAt'), dataIndex: 'submittedAt', width: 120, render: (v: string) => instant(v, true) },
          { title: t('decidingLink'), dataIndex: 'decidedBy', width: 140, render: (v: string) => <Tag color="blue">{LINKS[v] ? t(LINKS[v]) : v}</Tag> },
          {
            title: t('passedOver'),
            key: 'passed',
            width: 120,
            render: (_, w) =>
              w.passedOverCount > 0 ? (
                <Typography.Text type="warning">{fill(t('passedOverCount'), { count: w.passedOverCount })}</Typography.Text>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </Card>
  );
}

/** A winner's undecided review flags, by name: the committee sees them on the prize place itself. */
function FlagTags({ winner }: { winner: Winner }) {
  const { t, lang } = useI18n();
  if (!winner.pendingFlags.length) return null;
  const kinds = [...new Set(winner.pendingFlags.map((f) => f.kind))];
  return (
    <div data-testid={`pending-flags-${winner.accountId}`} style={{ marginTop: 2 }}>
      <Tag color="red">{t('flagsPending')}</Tag>
      {kinds.map((k) => (
        <Tag key={k} color="orange" style={{ whiteSpace: 'normal' }}>
          {labelOf('flag', k, lang)}
        </Tag>
      ))}
    </div>
  );
}

function CollectiveTable({ units }: { units: UnitStanding[] }) {
  const { t, lang } = useI18n();
  const screens = Grid.useBreakpoint();
  const prize = (u: UnitStanding) =>
    u.tier ? (
      <>
        <Tag color="gold">{u.tier}</Tag> {money(u.amountVnd, lang)}
      </>
    ) : u.notRanked ? (
      <Typography.Text type="secondary">{NOT_RANKED[u.notRanked] ? t(NOT_RANKED[u.notRanked]) : u.notRanked}</Typography.Text>
    ) : (
      '—'
    );
  if (!screens.md) {
    return (
      <Card size="small" title={t('collectivePrizes')}>
        <List<UnitStanding>
          dataSource={units}
          locale={{ emptyText: t('noUnits') }}
          renderItem={(u) => (
            <List.Item style={{ display: 'block' }}>
              <strong>{u.unit}</strong>
              <div>
                {[
                  `${t('participantsCount')}: ${u.participants}${u.headcount === null ? '' : `/${number(u.headcount, lang)}`}`,
                  u.participationPercent === null ? null : `${number(u.participationPercent, lang, 2)}%`,
                  `${t('collectivePoints')}: ${u.points}`,
                  u.index === null ? null : `${t('collectiveIndex')}: ${number(u.index, lang, 2)}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </div>
              <div>{prize(u)}</div>
            </List.Item>
          )}
        />
      </Card>
    );
  }
  return (
    <Card size="small" title={t('collectivePrizes')}>
      <Table<UnitStanding>
        size="small"
        rowKey="unit"
        dataSource={units}
        pagination={units.length > 50 ? { pageSize: 50 } : false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('noUnits') }}
        columns={[
          { title: t('unit'), dataIndex: 'unit', fixed: 'left', width: 200 },
          { title: t('participantsCount'), dataIndex: 'participants', width: 100 },
          { title: t('headcount'), dataIndex: 'headcount', width: 100, render: (v: number | null) => number(v, lang) },
          { title: t('participationRate'), dataIndex: 'participationPercent', width: 110, render: (v: number | null) => (v === null ? '—' : `${number(v, lang, 2)}%`) },
          { title: t('collectivePoints'), dataIndex: 'points', width: 90 },
          { title: t('collectiveIndex'), dataIndex: 'index', width: 100, render: (v: number | null) => number(v, lang, 2) },
          {
            title: t('prize'),
            key: 'tier',
            width: 180,
            render: (_, u) => prize(u),
          },
        ]}
      />
    </Card>
  );
}
