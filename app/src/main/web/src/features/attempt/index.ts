/** What other features may use of the attempt feature. */
export { startAttempt } from './start';
