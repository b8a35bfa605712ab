import './styles.css';
import { mountLayout } from './app/layout';
import { fallback, route, startRouter } from './app/router';
import { h } from './lib/dom';
import { t } from './lib/i18n';
import { heading } from './lib/ui';
import { contestPage, homePage } from './features/contest/contest-page';
import { loginPage } from './features/auth/login-page';
import { registerPage } from './features/auth/register-page';
import { claimPage } from './features/auth/claim-page';
import { attemptPage } from './features/attempt/attempt-page';
import { resultPage } from './features/attempt/result-page';
import { contestLeaderboardPage, roundLeaderboardPage } from './features/ranking/leaderboard-page';
import { historyPage } from './features/history/history-page';
import { forgotPasswordPage, resetPasswordPage } from './features/account/forgot-page';
import { accountPage, changePasswordPage } from './features/account/account-page';
import { verifyPage } from './features/certificates/verify-page';

route(/^\/$/, homePage);
route(/^\/contest\/(\d+)$/, contestPage);
route(/^\/contest\/(\d+)\/leaderboard$/, contestLeaderboardPage);
route(/^\/round\/(\d+)\/leaderboard$/, roundLeaderboardPage);
route(/^\/register$/, registerPage);
route(/^\/login$/, loginPage);
route(/^\/claim$/, claimPage);
route(/^\/attempt\/(\d+)$/, attemptPage);
route(/^\/result\/(\d+)$/, resultPage);
route(/^\/me\/attempts$/, historyPage);
route(/^\/me\/account$/, accountPage);
route(/^\/me\/change-password$/, changePasswordPage);
route(/^\/forgot-password$/, forgotPasswordPage);
route(/^\/reset-password$/, resetPasswordPage);
route(/^\/verify\/([0-9A-Za-z]{1,32})$/, verifyPage);
fallback(({ main }) => {
  main.append(heading(t('notFound.title')), h('p', null, t('notFound.text')), h('a', { class: 'btn', href: '#/' }, t('nav.home')));
});

startRouter(mountLayout(document.getElementById('app')!));
