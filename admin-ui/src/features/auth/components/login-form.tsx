import { useId, useState, type CSSProperties, type FormEvent } from 'react';
import { login, type LoginResponse } from '@/features/auth/api/login';
import { ApiError } from '@/lib/api-client';

/**
 * The login, without antd or the router: it is the first screen of the day on whatever connection
 * the organizer has, so it loads React and this file only (about a third of the console's shell);
 * the console itself is fetched once the user starts typing. Its few words live here for the same
 * reason, in the language chosen on this browser.
 */
const TEXT = {
  vi: {
    appTitle: 'Quản trị cuộc thi',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    login: 'Đăng nhập',
    required: 'Vui lòng nhập thông tin này.',
    wrong: 'Sai tên đăng nhập hoặc mật khẩu.',
    notStaff: 'Tài khoản này không có quyền quản trị.',
    failed: 'Không kết nối được máy chủ. Vui lòng thử lại.',
    timeZone: 'Mọi thời gian theo giờ Việt Nam (UTC+7)',
  },
  en: {
    appTitle: 'Contest administration',
    username: 'Username',
    password: 'Password',
    login: 'Sign in',
    required: 'Please fill this in.',
    wrong: 'Wrong username or password.',
    notStaff: 'This account has no access to the console.',
    failed: 'Could not reach the server. Please try again.',
    timeZone: 'All times in Vietnam time (UTC+7)',
  },
};

const STAFF = ['ADMIN', 'ORGANIZER', 'COMMITTEE', 'COMMITTEE_CHAIR', 'SUPPORT'];

type Props = {
  /**
   * Takes the successful login (tokens, roles) and opens the console; false when the account may
   * not use it (a contestant).
   */
  onSignedIn: (response: LoginResponse, username: string) => Promise<boolean>;
  /** Called at the first keystroke: the console's code can start loading while the user types. */
  onTyping?: () => void;
};

const colors = { primary: '#0b5394', error: '#ff4d4f', border: '#d9d9d9', text: 'rgba(0,0,0,0.88)' };
const field: CSSProperties = {
  width: '100%', boxSizing: 'border-box', padding: '7px 11px', fontSize: 14, lineHeight: 1.5715,
  border: `1px solid ${colors.border}`, borderRadius: 6, outline: 'none', fontFamily: 'inherit',
};

export function LoginForm({ onSignedIn, onTyping }: Props) {
  const lang = typeof localStorage !== 'undefined' && localStorage.getItem('contest-admin-lang') === 'en' ? 'en' : 'vi';
  const t = TEXT[lang];
  const id = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState({ username: false, password: false });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [typed, setTyped] = useState(false);

  const typing = () => {
    if (!typed) {
      setTyped(true);
      onTyping?.();
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const empty = { username: !username.trim(), password: !password };
    setMissing(empty);
    if (empty.username || empty.password) return;
    setBusy(true);
    setError(null);
    try {
      const response = await login(username.trim(), password);
      const staff = (response.roles ?? STAFF).some((r) => STAFF.includes(r));
      if (!staff || !(await onSignedIn(response, username.trim()))) setError(t.notStaff);
    } catch (e) {
      if (e instanceof ApiError) setError(e.status === 401 && e.code === 'UNAUTHORIZED' ? t.wrong : e.status === 401 ? e.text(lang) || t.wrong : e.text(lang));
      else setError(t.failed);
    } finally {
      setBusy(false);
    }
  };

  const input = (name: 'username' | 'password', value: string, set: (v: string) => void, autoComplete: string) => (
    <div style={{ marginBottom: 20 }}>
      <label htmlFor={`${id}-${name}`} style={{ display: 'block', marginBottom: 8, fontSize: 14 }}>
        {t[name]}
      </label>
      <input
        id={`${id}-${name}`}
        name={name}
        type={name === 'password' ? 'password' : 'text'}
        autoComplete={autoComplete}
        autoFocus={name === 'username'}
        value={value}
        aria-invalid={missing[name] || undefined}
        aria-describedby={missing[name] ? `${id}-${name}-error` : undefined}
        onChange={(e) => {
          typing();
          set(e.target.value);
          if (missing[name]) setMissing({ ...missing, [name]: false });
        }}
        style={{ ...field, borderColor: missing[name] ? colors.error : colors.border }}
      />
      {missing[name] && (
        <div id={`${id}-${name}-error`} style={{ color: colors.error, fontSize: 14, marginTop: 4 }}>
          {t.required}
        </div>
      )}
    </div>
  );

  return (
    <div
      style={{
        minHeight: '100vh', display: 'grid', placeItems: 'center', padding: 16, boxSizing: 'border-box', background: '#f0f2f5',
        fontFamily: '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif', color: colors.text,
      }}
    >
      <main style={{ width: '100%', maxWidth: 380, background: '#fff', borderRadius: 8, padding: 24, boxSizing: 'border-box', boxShadow: '0 1px 2px rgba(0,0,0,0.06)' }}>
        <h1 style={{ marginTop: 0, fontSize: 24, fontWeight: 600, lineHeight: 1.35 }}>{t.appTitle}</h1>
        {error && (
          <div role="alert" style={{ marginBottom: 16, padding: '8px 12px', border: '1px solid #ffccc7', background: '#fff2f0', borderRadius: 8, fontSize: 14 }}>
            {error}
          </div>
        )}
        <form onSubmit={submit} noValidate>
          {input('username', username, setUsername, 'username')}
          {input('password', password, setPassword, 'current-password')}
          <button
            type="submit"
            disabled={busy}
            style={{
              width: '100%', height: 32, border: 0, borderRadius: 6, background: colors.primary, color: '#fff', fontSize: 14,
              cursor: busy ? 'wait' : 'pointer', opacity: busy ? 0.7 : 1, fontFamily: 'inherit',
            }}
          >
            {t.login}
          </button>
        </form>
        <p style={{ margin: '16px 0 0', fontSize: 12, color: 'rgba(0,0,0,0.55)' }}>{t.timeZone}</p>
      </main>
    </div>
  );
}
