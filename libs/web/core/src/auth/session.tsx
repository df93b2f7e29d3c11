import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, endSession, onSessionChange, refreshSession, startSession, type Schemas } from '../api/client';
import { unwrap } from '../api/problem';

export type Me = Schemas['MeResponse'];
export type Role = Me['role'];

interface SessionState {
  /** undefined while the session is being restored at load; null when signed out. */
  me: Me | null | undefined;
  login(email: string, password: string): Promise<void>;
  logout(): Promise<void>;
}

const SessionContext = createContext<SessionState | undefined>(undefined);

async function loadMe(): Promise<Me> {
  return unwrap(api.GET('/api/v1/auth/me'));
}

/** Restores the session from the refresh cookie at load, and follows sign-in, refresh and sign-out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const queryClient = useQueryClient();

  useEffect(() => {
    const stop = onSessionChange((token) => {
      if (!token) {
        setMe(null);
        queryClient.clear(); // nothing of one user stays cached for the next
      }
    });
    void refreshSession().then(async (token) => setMe(token ? await loadMe() : null));
    return stop;
  }, [queryClient]);

  const login = useCallback(async (email: string, password: string) => {
    const token = await unwrap(
      api.POST('/api/v1/auth/login', { body: { email, password, refreshTokenDelivery: 'cookie' } }),
    );
    startSession(token);
    setMe(await loadMe());
  }, []);

  const logout = useCallback(async () => {
    await api.POST('/api/v1/auth/logout', { body: {} }).catch(() => undefined);
    // The next person to sign in on this browser starts at home, not on the last screen of this one.
    window.history.replaceState(null, '', '/');
    endSession();
  }, []);

  const value = useMemo(() => ({ me, login, logout }), [me, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside <SessionProvider>');
  return state;
}

/** The signed-in account; only inside the authenticated part of the app. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe outside the signed-in part of the app');
  return me;
}

/** Whether the signed-in role holds a permission (`protocols:accept`, …; see docs/security.md). */
export function useCan(): (permission: string) => boolean {
  const { me } = useSession();
  return useCallback((permission: string) => me?.permissions.includes(permission) ?? false, [me]);
}
