// What the award screens use of identity checks: the winner's verification cell and its type.
export type { IdentityVerified } from './api/identity';
export { IdentityCell } from './components/identity-cell';
