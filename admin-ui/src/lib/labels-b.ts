/**
 * Part B's label helper, kept for the contest day's screens that call it (flag kinds,
 * difficulties, round and contest statuses): it only names the kind of the console's one label
 * source, src/lib/labels.ts (app/src/main/resources/labels/vi.json), so a flag or a status reads
 * the same here as on every other screen and in the Excel files. New code calls label() directly.
 */
import { label, type LabelLang } from '@/lib/labels';

type Kind = 'flag' | 'difficulty' | 'status' | 'decision';

const KIND = {
  flag: 'reviewFlag',
  difficulty: 'difficulty',
  // rounds know every status a contest has (DRAFT, PUBLISHED) and CLOSED besides
  status: 'roundStatus',
  decision: 'reviewStatus',
} as const satisfies Record<Kind, string>;

export function labelOf(kind: Kind, code: string | null | undefined, lang?: string): string {
  return label(KIND[kind], code, lang === undefined ? undefined : lang === 'en' ? 'en' : ('vi' as LabelLang));
}
