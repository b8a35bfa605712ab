/** What other features may use of the contest feature. */
export { fetchContest, fetchContests, type Contest } from './api';
