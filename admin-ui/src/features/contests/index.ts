// What other features use of the contests: the list and one contest with its rounds.
export { contestQuery, contestsQuery, getContest, listContests } from './api/contests';
export type { Contest, ContestSummary, Round } from './api/types';
