import { Alert, Button, Modal, Typography } from 'antd';
import { useI18n } from '@/lib/i18n';

type Props = { shown: { fullName: string; password: string } | null; onClose: () => void };

/**
 * A password the server generated: shown here once, never stored by the console, gone when the
 * dialog closes — the ADMIN passes it on and the person changes it after signing in.
 */
export function OneTimePassword({ shown, onClose }: Props) {
  const { t } = useI18n();
  // not merely hidden: the password leaves the page the moment the dialog closes
  if (!shown) return null;
  return (
    <Modal
      open
      title={t('staffTemporaryPassword')}
      onCancel={onClose}
      closable={false}
      maskClosable={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('staffPasswordNoted')}
        </Button>
      }
    >
      <Typography.Paragraph>
        {t('staffTemporaryPasswordFor')} <Typography.Text strong>{shown.fullName}</Typography.Text>:
      </Typography.Paragraph>
      <Typography.Paragraph copyable={{ text: shown.password }} code style={{ fontSize: 20 }}>
        {shown.password}
      </Typography.Paragraph>
      <Alert type="warning" showIcon message={t('staffShownOnce')} />
    </Modal>
  );
}
