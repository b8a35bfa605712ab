import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { getMe, type Me, type Role } from '@/features/auth/api/get-me';
import { getPasswordStatus } from '@/features/auth/api/password-status';
import { setPasswordChangeRequiredHandler, setUnauthorizedHandler, tokens } from '@/lib/api-client';

export const STAFF_ROLES: Role[] = ['ADMIN', 'ORGANIZER', 'COMMITTEE', 'COMMITTEE_CHAIR'];

type Auth = {
  me: Me | null;
  loading: boolean;
  signedIn: (token: string) => Promise<Me>;
  signOut: () => void;
  /** ADMIN may do everything; otherwise the user needs one of the roles. */
  can: (...roles: Role[]) => boolean;
  /** A one-time password (new account, reset) must be replaced before the console opens. */
  mustChangePassword: boolean;
  passwordChanged: () => void;
};

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(() => tokens.get() !== null);
  const [mustChangePassword, setMustChangePassword] = useState(false);
  const staffSignedIn = useCallback(async (who: Me) => {
    setMustChangePassword(await getPasswordStatus().catch(() => false));
    setMe(who);
  }, []);

  const signOut = useCallback(() => {
    tokens.clear();
    setMe(null);
  }, []);

  useEffect(() => {
    setUnauthorizedHandler(() => setMe(null));
    setPasswordChangeRequiredHandler(() => setMustChangePassword(true));
    if (tokens.get()) {
      getMe()
        .then((who) => (who.roles.some((r) => STAFF_ROLES.includes(r)) ? staffSignedIn(who) : tokens.clear()))
        .catch(() => tokens.clear())
        .finally(() => setLoading(false));
    }
  }, [staffSignedIn]);

  const value = useMemo<Auth>(
    () => ({
      me,
      loading,
      signOut,
      signedIn: async (token) => {
        tokens.set(token);
        const who = await getMe();
        // a contestant's token opens nothing here: forget it and stay on the login
        if (who.roles.some((r) => STAFF_ROLES.includes(r))) await staffSignedIn(who);
        else tokens.clear();
        return who;
      },
      can: (...roles) => !!me && (me.roles.includes('ADMIN') || roles.some((r) => me.roles.includes(r))),
      mustChangePassword,
      passwordChanged: () => setMustChangePassword(false),
    }),
    [me, loading, signOut, staffSignedIn, mustChangePassword],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth() {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
