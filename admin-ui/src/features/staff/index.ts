// What the console's frame uses of staff accounts: the own-password form (forced after a one-time password).
export { OwnPassword } from './components/own-password';
