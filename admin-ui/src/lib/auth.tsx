import { useQueryClient } from '@tanstack/react-query';
import { createContext, lazy, Suspense, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { getMe, getPasswordStatus, type Me, type Role } from '@/features/auth';
import {
  api,
  setPasswordChangeRequiredHandler,
  setSessionEndedHandler,
  setUnauthorizedHandler,
  tokens,
  type TokenResponse,
} from '@/lib/api-client';

// only needed when a session ends: its own chunk, not the login's
const SessionDialog = lazy(() => import('@/components/session-dialog').then((m) => ({ default: m.SessionDialog })));

export const STAFF_ROLES: Role[] = ['ADMIN', 'ORGANIZER', 'COMMITTEE', 'COMMITTEE_CHAIR', 'SUPPORT'];

type Auth = {
  me: Me | null;
  loading: boolean;
  /** Stores the login's tokens (access and refresh) and loads who signed in. */
  signedIn: (response: TokenResponse, username?: string) => Promise<Me>;
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
  const queryClient = useQueryClient();
  const [loading, setLoading] = useState(() => tokens.get() !== null);
  // set while the session dialog asks for the password: resolves the requests waiting for it
  const [asking, setAsking] = useState<((signedIn: boolean) => void) | null>(null);
  const signedInRef = useRef(false);
  useEffect(() => {
    signedInRef.current = me !== null;
  }, [me]);
  // a one-time password (new account, reset by an ADMIN) is replaced before anything else
  const [mustChangePassword, setMustChangePassword] = useState(false);
  const staffSignedIn = useCallback(async (who: Me) => {
    setMustChangePassword(await getPasswordStatus().catch(() => false));
    setMe(who);
  }, []);

  const signOut = useCallback(() => {
    // ends the session on the server too: its refresh token stops working at once
    if (tokens.get()) api.post('/api/logout').catch(() => {});
    tokens.clear();
    // the next user to sign in on this tab must not see what this one loaded
    queryClient.clear();
    setMe(null);
  }, [queryClient]);

  useEffect(() => {
    setUnauthorizedHandler(() => setMe(null));
    // nothing on screen to keep before the console has loaded who is signed in: straight to the login
    setSessionEndedHandler(() =>
      signedInRef.current ? new Promise<boolean>((resolve) => setAsking(() => resolve)) : Promise.resolve(false),
    );
    // any request refused with 403 PASSWORD_CHANGE_REQUIRED turns the console to the change form
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
      signedIn: async (response, username) => {
        tokens.store(response, username);
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
