import { Card, Statistic } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '@/lib/i18n';
import { countdown } from '@/lib/vn-time-b';

/** `receivedAt`: when this computer received the figures that carry `serverTime` (ms since the epoch). */
type Props = { opensAt: string; closesAt: string; serverTime: string; receivedAt: number };

/**
 * Time left until the round closes (or opens), by the server's clock: the offset between the
 * server's time and this computer's is taken when the figures load, so a wrong PC clock does not
 * shift it.
 */
export function RoundCountdown({ opensAt, closesAt, serverTime, receivedAt }: Props) {
  const { t, lang } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  // each load of the figures brings the server's time again: the offset is taken anew from it
  const offset = Date.parse(serverTime) - receivedAt;
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
