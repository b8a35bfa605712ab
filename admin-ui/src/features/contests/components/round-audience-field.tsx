import { Form, Select } from 'antd';
import { useI18n } from '@/lib/i18n';

/** Who a round is for (ALL, OFFICIALS, RESIDENTS), as round/AdminViews.java names them. */
export const AUDIENCES = ['ALL', 'OFFICIALS', 'RESIDENTS'] as const;

const LABELS: Record<(typeof AUDIENCES)[number], { vi: string; en: string }> = {
  ALL: { vi: 'Mọi đối tượng', en: 'Everyone' },
  OFFICIALS: { vi: 'Cán bộ, công chức', en: 'Officials' },
  RESIDENTS: { vi: 'Người dân', en: 'Residents' },
};

/**
 * Đối tượng dự thi: some provinces run separate sets for officials and for residents. A round for
 * one audience draws that audience's questions and those written for everyone.
 */
export function RoundAudienceField({ disabled }: { disabled?: boolean }) {
  const { lang } = useI18n();
  const en = lang === 'en';
  return (
    <Form.Item
      name="audience"
      label={en ? 'Audience' : 'Đối tượng dự thi'}
      extra={
        en
          ? 'A round for officials or residents draws their questions and the questions for everyone.'
          : 'Đợt dành cho cán bộ, công chức hoặc người dân chỉ rút câu hỏi dành cho đối tượng đó và câu hỏi dành cho mọi đối tượng.'
      }
    >
      <Select disabled={disabled} options={AUDIENCES.map((value) => ({ value, label: en ? LABELS[value].en : LABELS[value].vi }))} />
    </Form.Item>
  );
}
