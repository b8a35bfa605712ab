import { Card, Statistic } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '@/lib/i18n';
import { countdown } from '@/lib/vn-time-b';

type Props = { opensAt: string; closesAt: string; serverTime: string };

/**
 * Time left until the round closes (or opens), by the server's clock: the offset between the
 * server's time and this computer's is taken when the figures load, so a wrong PC clock does not
 * shift it.
 */
export function RoundCountdown({ opensAt, closesAt, serverTime }: Props) {
  const { t, lang } = useI18n();
  const [offset, setOffset] = useState(() => Date.parse(serverTime) - Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => setOffset(Date.parse(serverTime) - Date.now()), [serverTime]);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const server = now + offset;
  const opens = Date.parse(opensAt);
  const closes = Date.parse(closesAt);
  const upcoming = server < opens;
  const ended = server >= closes;
  return (
    <Card size="small" data-testid="round-countdown">
      <Statistic
        title={ended ? t('closedAlready') : upcoming ? t('opensIn') : t('closesIn')}
        value={ended ? '—' : countdown(upcoming ? opens : closes, server, lang)}
      />
    </Card>
  );
}
