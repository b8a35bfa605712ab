// What the rest of the console uses of signing in: the login form, who is signed in, the login call.
export { getMe, type Me, type Role } from './api/get-me';
export { login } from './api/login';
export { getPasswordStatus } from './api/password-status';
export { LoginForm } from './components/login-form';
