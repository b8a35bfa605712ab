/** What other features may use of the ranking feature. */
export { fetchEntries, fetchMyRank } from './api';
