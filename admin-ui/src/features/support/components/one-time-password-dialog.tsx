import { Alert, Button, Modal, Typography } from 'antd';
import { fill } from '@/lib/format';
import { useI18n } from '@/lib/i18n';

type Props = { shown: { fullName: string; password: string } | null; onClose: () => void };

/**
 * The one-time password the server generated for a contestant: shown here once, to be read out by
 * phone; the console keeps no copy, and it is gone from the page when the dialog closes.
 */
export function OneTimePasswordDialog({ shown, onClose }: Props) {
  const { t } = useI18n();
  // not merely hidden: the password leaves the page the moment the dialog closes
  if (!shown) return null;
  return (
    <Modal
      open
      title={t('supportOneTimeTitle')}
      onCancel={onClose}
      closable={false}
      maskClosable={false}
      keyboard={false}
      footer={<Button type="primary" onClick={onClose}>{t('supportOneTimeDone')}</Button>}
    >
      <Typography.Paragraph>{fill(t('supportOneTimeFor'), { name: shown.fullName })}</Typography.Paragraph>
      <Typography.Paragraph copyable={{ text: shown.password }} code style={{ fontSize: 20 }} data-testid="one-time-password">
        {shown.password}
      </Typography.Paragraph>
      <Alert type="warning" showIcon message={t('supportOneTimeOnce')} />
    </Modal>
  );
}
