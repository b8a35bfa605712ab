import { createContext, lazy, Suspense, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { getMe, type Me, type Role } from '@/features/auth/api/get-me';
import { api, setSessionEndedHandler, setUnauthorizedHandler, tokens, type TokenResponse } from '@/lib/api-client';

// only needed when a session ends: its own chunk, not the login's
const SessionDialog = lazy(() => import('@/components/session-dialog').then((m) => ({ default: m.SessionDialog })));

export const STAFF_ROLES: Role[] = ['ADMIN', 'ORGANIZER', 'COMMITTEE', 'COMMITTEE_CHAIR'];

type Auth = {
  me: Me | null;
  loading: boolean;
  /** Stores the login's tokens (access and refresh) and loads who signed in. */
  signedIn: (response: TokenResponse, username?: string) => Promise<Me>;
  signOut: () => void;
  /** ADMIN may do everything; otherwise the user needs one of the roles. */
  can: (...roles: Role[]) => boolean;
};

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(() => tokens.get() !== null);
  // set while the session dialog asks for the password: resolves the requests waiting for it
  const [asking, setAsking] = useState<((signedIn: boolean) => void) | null>(null);
  const signedInRef = useRef(false);
  signedInRef.current = me !== null;

  const signOut = useCallback(() => {
    // ends the session on the server too: its refresh token stops working at once
    if (tokens.get()) api.post('/api/logout').catch(() => {});
    tokens.clear();
    setMe(null);
  }, []);

  useEffect(() => {
    setUnauthorizedHandler(() => setMe(null));
    // nothing on screen to keep before the console has loaded who is signed in: straight to the login
    setSessionEndedHandler(() =>
      signedInRef.current ? new Promise<boolean>((resolve) => setAsking(() => resolve)) : Promise.resolve(false),
    );
    if (tokens.get()) {
      getMe()
        .then((who) => (who.roles.some((r) => STAFF_ROLES.includes(r)) ? setMe(who) : tokens.clear()))
        .catch(() => tokens.clear())
        .finally(() => setLoading(false));
    }
  }, []);

  const value = useMemo<Auth>(
    () => ({
      me,
      loading,
      signOut,
      signedIn: async (response, username) => {
        tokens.store(response, username);
        const who = await getMe();
        // a contestant's token opens nothing here: forget it and stay on the login
        if (who.roles.some((r) => STAFF_ROLES.includes(r))) setMe(who);
        else tokens.clear();
        return who;
      },
      can: (...roles) => !!me && (me.roles.includes('ADMIN') || roles.some((r) => me.roles.includes(r))),
    }),
    [me, loading, signOut],
  );
  const sessionDone = (signedIn: boolean) => {
    asking?.(signedIn);
    setAsking(null);
    if (!signedIn) {
      tokens.clear();
      setMe(null);
    }
  };
  return (
    <AuthContext.Provider value={value}>
      {children}
      {asking && (
        <Suspense fallback={null}>
          <SessionDialog onDone={sessionDone} />
        </Suspense>
      )}
    </AuthContext.Provider>
  );
}

export function useAuth() {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
