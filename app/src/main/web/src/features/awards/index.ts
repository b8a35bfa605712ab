/** What other features may use of the awards feature. */
export { fetchMyResults, type MyResults } from './api';
export { prizeText, winnersSection } from './winners-section';
