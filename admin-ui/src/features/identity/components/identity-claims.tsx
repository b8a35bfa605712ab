import { Alert, App, Button, Card, Grid, List, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ReasonDialog } from '@/components/reason-dialog';
import { claimContact, claimsQuery, useDecideClaim, type IdentityClaim } from '@/features/identity/api/identity';
import { useAuth } from '@/lib/auth';
import { fill } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { formatVn } from '@/lib/vn-time';

type Dialog = { kind: 'contact' | 'transfer' | 'reject'; claim: IdentityClaim } | null;
const STATUS_COLOR: Record<IdentityClaim['status'], string> = { OPEN: 'orange', TRANSFERRED: 'green', REJECTED: 'default' };

/**
 * The identity claims queue (yêu cầu xác minh danh tính): who says their number was taken, the
 * account holding it, and — for the committee, after checking papers — transfer or reject.
 */
export function IdentityClaimsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [status, setStatus] = useState<string>('OPEN');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [contacts, setContacts] = useState<Record<number, string>>({});
  const claims = useQuery(claimsQuery(status));
  const decision = useDecideClaim();
  const mayDecide = can('COMMITTEE', 'COMMITTEE_CHAIR');

  const identity = (c: IdentityClaim) => [c.citizenIdMasked, c.phoneMasked].filter(Boolean).join(' · ');
  const holder = (c: IdentityClaim) =>
    c.holderAccountId === null ? <Typography.Text type="secondary">{t('claimNoHolder')}</Typography.Text> : `${c.holderName ?? ''} (#${c.holderAccountId})`;
  const contact = (c: IdentityClaim) => (
    <Space size={4} wrap>
      <span>{contacts[c.id] ?? c.contactMasked}</span>
      {mayDecide && !contacts[c.id] && (
        <Button size="small" type="link" onClick={() => setDialog({ kind: 'contact', claim: c })}>{t('claimShowContact')}</Button>
      )}
    </Space>
  );
  const actions = (c: IdentityClaim) =>
    c.status === 'OPEN' && mayDecide ? (
      <Space wrap>
        <Button size="small" type="primary" onClick={() => setDialog({ kind: 'transfer', claim: c })}>{t('claimTransfer')}</Button>
        <Button size="small" onClick={() => setDialog({ kind: 'reject', claim: c })}>{t('claimReject')}</Button>
      </Space>
    ) : c.decidedAt ? (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {[c.decidedByName, formatVn(c.decidedAt), c.decisionReason].filter(Boolean).join(' — ')}
      </Typography.Text>
    ) : null;
  const statusTag = (c: IdentityClaim) => <Tag color={STATUS_COLOR[c.status]}>{t(`claimStatus${c.status}` as never)}</Tag>;

  const decide = async (reason: string) => {
    if (!dialog) return;
    const { kind, claim } = dialog;
    if (kind === 'contact') {
      const shown = await claimContact(claim.id, reason);
      setContacts((current) => ({ ...current, [claim.id]: shown.contact }));
      return;
    }
    await decision.mutateAsync({ kind, id: claim.id, reason });
    message.success(t('claimDone'));
  };

  const list = claims.data ?? [];
  return (
    <div>
      <Typography.Title level={3}>{t('claimsTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('claimsHelp')}</Typography.Paragraph>
      <Segmented
        value={status}
        onChange={(v) => setStatus(String(v))}
        options={(['OPEN', 'TRANSFERRED', 'REJECTED'] as const).map((s) => ({ value: s, label: t(`claimStatus${s}` as never) }))}
        style={{ marginBottom: 12 }}
      />
      {claims.error != null && <Alert type="error" showIcon message={t('loadFailed')} style={{ marginBottom: 12 }} />}
      {screens.md ? (
        <Table<IdentityClaim>
          size="small"
          rowKey="id"
          loading={claims.isFetching}
          dataSource={list}
          locale={{ emptyText: t('claimsEmpty') }}
          pagination={list.length > 50 ? { pageSize: 50 } : false}
          scroll={{ x: 1100 }}
          columns={[
            { title: t('claimFiledAt'), dataIndex: 'createdAt', width: 130, render: (v: string) => formatVn(v) },
            { title: t('claimClaimant'), key: 'who', width: 180, render: (_, c) => <><strong>{c.fullName}</strong>{c.note && <div style={{ fontSize: 12 }}>{c.note}</div>}</> },
            { title: t('claimIdentity'), key: 'id', width: 170, render: (_, c) => identity(c) },
            { title: t('claimContact'), key: 'contact', width: 170, render: (_, c) => contact(c) },
            { title: t('claimHolder'), key: 'holder', width: 170, render: (_, c) => holder(c) },
            { title: t('claimDecision'), key: 'status', width: 260, render: (_, c) => <Space direction="vertical" size={2}>{statusTag(c)}{actions(c)}</Space> },
          ]}
        />
      ) : (
        <Card size="small">
          <List<IdentityClaim>
            loading={claims.isFetching}
            dataSource={list}
            locale={{ emptyText: t('claimsEmpty') }}
            renderItem={(c) => (
              <List.Item style={{ display: 'block' }}>
                <Space wrap size={4}>{statusTag(c)}<strong>{c.fullName}</strong></Space>
                <div>{identity(c)}</div>
                <div>{t('claimContact')}: {contact(c)}</div>
                <div>{t('claimHolder')}: {holder(c)}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatVn(c.createdAt)}</Typography.Text>
                <div style={{ marginTop: 4 }}>{actions(c)}</div>
              </List.Item>
            )}
          />
        </Card>
      )}
      <ReasonDialog
        open={dialog !== null}
        title={
          dialog?.kind === 'contact'
            ? t('claimContactReasonTitle')
            : fill(t(dialog?.kind === 'transfer' ? 'claimTransferTitle' : 'claimRejectTitle'), { name: dialog?.claim.fullName ?? '' })
        }
        description={dialog?.kind === 'transfer' ? t('claimTransferHelp') : undefined}
        okText={dialog?.kind === 'contact' ? t('claimShowContact') : dialog?.kind === 'transfer' ? t('claimTransfer') : t('claimReject')}
        danger={dialog?.kind === 'transfer'}
        maxLength={1000}
        onSubmit={decide}
        onClose={() => setDialog(null)}
      />
    </div>
  );
}
