import { Col, Input, Row, Typography } from 'antd';
import Markdown from 'react-markdown';
import { useI18n } from '@/lib/i18n';

type Props = { value?: string; onChange?: (value: string) => void; id?: string };

/** Markdown on the left, as contestants will see it on the right; raw HTML is shown as text, never run. */
export function MarkdownEditor({ value, onChange, id }: Props) {
  const { t } = useI18n();
  return (
    <Row gutter={12}>
      <Col xs={24} md={12}>
        <Input.TextArea id={id} rows={10} value={value} onChange={(e) => onChange?.(e.target.value)} />
      </Col>
      <Col xs={24} md={12}>
        <div data-testid="markdown-preview" style={{ border: '1px solid #d9d9d9', borderRadius: 6, padding: '4px 12px', minHeight: 200, background: '#fafafa' }}>
          <Typography.Text type="secondary">{t('preview')}</Typography.Text>
          <Markdown skipHtml>{value ?? ''}</Markdown>
        </div>
      </Col>
    </Row>
  );
}
