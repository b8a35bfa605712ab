/** What other features may use of the auth feature. */
export { fetchCatalog } from './api';
export { nextPath } from './login-page';
