import { Col, Input, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { markdownToHtml } from '@contest-page/lib/markdown';
import { useI18n } from '@/lib/i18n';
import './contest-prose.css';

type Props = { value?: string; onChange?: (value: string) => void; id?: string };

/**
 * Markdown on the left, and on the right exactly what contestants will see: the preview renders
 * with the contest page's own renderer (app/src/main/web/src/lib/markdown.ts: tables, raw HTML shown
 * as text, only http(s) and mailto links), and the page's prose styles.
 */
export function MarkdownEditor({ value, onChange, id }: Props) {
  const { t } = useI18n();
  const html = useMemo(() => markdownToHtml(value ?? ''), [value]);
  return (
    <Row gutter={12}>
      <Col xs={24} md={12}>
        <Input.TextArea id={id} rows={10} value={value} onChange={(e) => onChange?.(e.target.value)} />
      </Col>
      <Col xs={24} md={12}>
        <div data-testid="markdown-preview" className="contest-prose" style={{ border: '1px solid #d9d9d9', borderRadius: 6, padding: '4px 12px', minHeight: 200, background: '#fafafa', overflowX: 'auto' }}>
          <Typography.Text type="secondary">{t('preview')}</Typography.Text>
          {/* sanitized by the shared renderer (DOMPurify, an allow-list of tags) */}
          <div dangerouslySetInnerHTML={{ __html: html }} />
        </div>
      </Col>
    </Row>
  );
}
