/**
 * Vietnamese (and English) names of the codes the screens of the contest day show: flag kinds,
 * difficulties, round and contest statuses. One place, so it can later point at the console's
 * shared label source; a code not listed shows a neutral word, never itself. Flag names are the
 * review screen's own (config/messages-committee.ts, flagFastFinish…).
 */
type Kind = 'flag' | 'difficulty' | 'status' | 'decision';

const VI: Record<Kind, Record<string, string>> = {
  flag: {
    FAST_FINISH: 'Làm bài nhanh bất thường',
    SHARED_ADDRESS: 'Nhiều tài khoản chung một địa chỉ mạng',
    SHARED_DEVICE: 'Nhiều tài khoản chung một thiết bị',
    IDENTICAL_ANSWERS: 'Bài làm giống hệt nhau',
  },
  difficulty: { EASY: 'Dễ', MEDIUM: 'Trung bình', HARD: 'Khó' },
  status: { DRAFT: 'Bản nháp', PUBLISHED: 'Đã công bố', CLOSED: 'Đã đóng' },
  decision: { PENDING: 'Chờ rà soát', DISQUALIFIED: 'Đã loại', CLEARED: 'Không vi phạm' },
};

const EN: Record<Kind, Record<string, string>> = {
  flag: {
    FAST_FINISH: 'Unusually fast',
    SHARED_ADDRESS: 'Many accounts behind one network address',
    SHARED_DEVICE: 'Many accounts on one device',
    IDENTICAL_ANSWERS: 'Identical answer sets',
  },
  difficulty: { EASY: 'Easy', MEDIUM: 'Medium', HARD: 'Hard' },
  status: { DRAFT: 'Draft', PUBLISHED: 'Published', CLOSED: 'Closed' },
  decision: { PENDING: 'Pending review', DISQUALIFIED: 'Disqualified', CLEARED: 'Cleared' },
};

const UNKNOWN = { vi: 'Khác', en: 'Other' };

export function labelOf(kind: Kind, code: string | null | undefined, lang: string = 'vi'): string {
  if (!code) return '—';
  const table = lang === 'en' ? EN : VI;
  return table[kind][code] ?? VI[kind][code] ?? (lang === 'en' ? UNKNOWN.en : UNKNOWN.vi);
}
