/**
 * The console's query keys, one per resource and shape, in one place: a change on one screen
 * invalidates what other screens show of the same resource (a key is a prefix of the keys below it,
 * so invalidating `contests.all` also refreshes every contest's detail).
 */
export const queryKeys = {
  contests: {
    all: ['contests'] as const,
    list: () => ['contests', 'list'] as const,
    detail: (id: number) => ['contests', id] as const,
    /** the published contests as contestants see them (public API) */
    published: () => ['contests', 'published'] as const,
    organizingUnits: () => ['contests', 'organizing-units'] as const,
    certificateTemplate: (id: number) => ['contests', id, 'certificate-template'] as const,
    exclusions: (id: number) => ['contests', id, 'award-exclusions'] as const,
    /** the summary report of the contest, or of one of its rounds */
    report: (id: number, roundId?: number) => ['contests', id, 'report', roundId ?? null] as const,
  },
  rounds: {
    all: ['rounds'] as const,
    detail: (id: number) => ['rounds', id] as const,
    preview: (id: number) => ['rounds', id, 'preview'] as const,
    live: (id: number) => ['rounds', id, 'live'] as const,
    questionStats: (id: number) => ['rounds', id, 'question-stats'] as const,
    review: (id: number, filter: unknown) => ['rounds', id, 'review', filter] as const,
    ranking: (id: number, offset: number, limit: number) => ['rounds', id, 'ranking', offset, limit] as const,
    pendingFlags: (id: number, status: string) => ['rounds', id, 'pending-flags', status] as const,
  },
  /** a round (`rounds/{id}`) or a whole contest (`contests/{id}`) as the award and certificate screens see it */
  awardScope: (kind: string, id: number, what: string) => ['award-scope', kind, id, what] as const,
  banks: {
    all: ['banks'] as const,
    list: () => ['banks', 'list'] as const,
    detail: (id: number) => ['banks', id] as const,
    pool: (id: number) => ['banks', id, 'pool'] as const,
    questionsOf: (id: number) => ['banks', id, 'questions'] as const,
    questions: (id: number, query: unknown) => ['banks', id, 'questions', query] as const,
  },
  questions: {
    all: ['questions'] as const,
    detail: (id: number) => ['questions', id] as const,
    rounds: (id: number) => ['questions', id, 'rounds'] as const,
  },
  catalog: {
    all: ['catalog'] as const,
    list: (kind: string, q?: string, active?: boolean) => ['catalog', kind, { q, active }] as const,
  },
  identityClaims: {
    all: ['identity-claims'] as const,
    list: (status?: string) => ['identity-claims', status ?? null] as const,
  },
  audit: (query: unknown) => ['audit', query] as const,
  staff: {
    all: ['staff'] as const,
    list: () => ['staff', 'list'] as const,
    grants: () => ['staff', 'grants'] as const,
  },
  contestants: {
    all: ['contestants'] as const,
    detail: (id: number) => ['contestants', id] as const,
    search: (query: unknown, page: number, size: number) => ['contestants', 'search', query, page, size] as const,
    names: (ids: number[]) => ['contestants', 'names', ids] as const,
  },
};
