/**
 * One Vietnamese label for every code the API sends (statuses, roles, difficulty, audit actions…),
 * read from the same file the Java exports read (app/src/main/resources/labels/vi.json, through
 * vn.dongnai.contest.system.Labels), so a screen and an Excel file never name a code differently.
 *
 * Kinds (the first argument of label()):
 *   contestStatus, roundStatus, awardStatus, questionStatus, difficulty, role, staffStatus,
 *   attemptStatus, countingRule, predictionKind, reviewFlag, reviewStatus, reviewDecision,
 *   rankingLink, participantGroup, prizeKind, importSeverity, importCode, auditAction, entity,
 *   field (property names in audit before/after)
 *
 * A code the file does not know comes back humanised ("SOME_CODE" → "Some code"), never as the
 * bare code. In English (the console's toggle) every label is the code humanised, except where
 * EN overrides it.
 */
import vi from '../../../app/src/main/resources/labels/vi.json';

export type LabelKind = keyof typeof vi;
export type LabelLang = 'vi' | 'en';

const table = vi as Record<string, Record<string, string>>;

const EN: Record<string, Record<string, string>> = {
  contestStatus: { DRAFT: 'Draft', PUBLISHED: 'Published' },
  roundStatus: { DRAFT: 'Draft', PUBLISHED: 'Published', CLOSED: 'Closed' },
  awardStatus: { DRAFT: 'Draft', SIGNED: 'Signed off', PUBLISHED: 'Published' },
  questionStatus: { ACTIVE: 'In use', RETIRED: 'Retired' },
  role: { ADMIN: 'Administrator', ORGANIZER: 'Organizer', COMMITTEE: 'Award committee', COMMITTEE_CHAIR: 'Committee chair', SUPPORT: 'Support desk' },
  countingRule: { BEST: 'Best attempt', LAST: 'Last attempt', FIRST: 'First attempt' },
  entity: { account: 'Account', units: 'Unit', communes: 'Commune', entry: 'Entry' },
  difficulty: { EASY: 'Easy', MEDIUM: 'Medium', HARD: 'Hard' },
  reviewFlag: {
    FAST_FINISH: 'Unusually fast',
    SHARED_ADDRESS: 'Many accounts behind one network address',
    SHARED_DEVICE: 'Many accounts on one device',
    IDENTICAL_ANSWERS: 'Identical answer sets',
  },
};

const LANG_KEY = 'contest-admin-lang';

function currentLang(): LabelLang {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** "STAFF_CREATED" → "Staff created", "closesAt" → "Closes at": readable, and never ALL-CAPS. */
export function humanize(code: string): string {
  const words = code
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The label of `code` of this `kind`, in the console's language unless `lang` says otherwise. */
export function label(kind: string, code: string | null | undefined, lang: LabelLang = currentLang()): string {
  if (code === null || code === undefined || code === '') return '—';
  if (lang === 'en') return EN[kind]?.[code] ?? humanize(code);
  return table[kind]?.[code] ?? humanize(code);
}

/** Every code of a kind with its label, for a Select's options (in the file's order). */
export function labelOptions(kind: LabelKind, lang?: LabelLang): { value: string; label: string }[] {
  return Object.keys(table[kind] ?? {}).map((code) => ({ value: code, label: label(kind, code, lang) }));
}

/** The code whose label is `text` (case-insensitive), for searches typed in Vietnamese. */
export function codesMatching(kind: LabelKind, text: string, lang?: LabelLang): string[] {
  const needle = text.trim().toLocaleLowerCase('vi');
  if (!needle) return [];
  return Object.keys(table[kind] ?? {}).filter(
    (code) => label(kind, code, lang).toLocaleLowerCase('vi').includes(needle) || code.toLowerCase() === needle,
  );
}
