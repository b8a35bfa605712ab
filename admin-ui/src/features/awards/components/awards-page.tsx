import { Alert, Empty, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { ScopePicker, useScope, WHOLE_CONTEST } from '@/components/scope-picker';
import type { AwardScope } from '@/features/awards/api/awards';
import { useAuth } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { AwardExclusions } from './award-exclusions';
import { PrizeRulesEditor } from './prize-rules-editor';
import { WinnersWorkflow } from './winners-workflow';

/**
 * Awards (xét giải) of a round or of the whole contest: the prize rules, then the winners the
 * committee drafts, signs and publishes. The tab is kept in the address with the scope.
 */
export function AwardsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const scope = useScope(true);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'winners' ? 'winners' : 'rules';
  const awardScope: AwardScope | undefined =
    scope.contestId === undefined || scope.roundId === undefined
      ? undefined
      : scope.roundId === WHOLE_CONTEST
        ? { kind: 'contests', id: scope.contestId }
        : { kind: 'rounds', id: scope.roundId };
  const mayDecide = can('COMMITTEE', 'COMMITTEE_CHAIR');
  const key = awardScope ? `${awardScope.kind}-${awardScope.id}` : 'none';

  return (
    <div>
      <Typography.Title level={3}>{t('awardsTitle')}</Typography.Title>
      <ScopePicker scope={scope} allowWholeContest />
      {!awardScope && scope.contest && <Empty description={t('chooseRound')} />}
      {awardScope && (
        <Tabs
          activeKey={tab}
          onChange={(next) =>
            setParams(
              (current) => {
                const updated = new URLSearchParams(current);
                updated.set('tab', next);
                return updated;
              },
              { replace: true },
            )
          }
          items={[
            {
              key: 'rules',
              label: t('prizeRulesTab'),
              children: (
                <div key={key}>
                  <PrizeRulesEditor scope={awardScope} />
                  {awardScope.kind === 'contests' && <AwardExclusions contestId={awardScope.id} />}
                </div>
              ),
            },
            {
              key: 'winners',
              label: t('winnersTab'),
              children: mayDecide ? (
                <WinnersWorkflow key={key} scope={awardScope} contestId={scope.contestId!} />
              ) : (
                <Alert type="info" showIcon message={t('winnersCommitteeOnly')} />
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
