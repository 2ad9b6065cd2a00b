/** Settings, categories and store status, loaded once and shared by every screen. */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { EventPayload, StoreStatus } from '@shared/contract/index';
import type { Category, Settings, Tag } from '@shared/domain';
import { onConnectionChange } from '../bridge/connection';
import { call, onEvent } from '../bridge/transport';
import { setInterfaceLanguage } from '../i18n/index';

export interface DeskContextValue {
  settings: Settings;
  categories: Category[];
  tags: Tag[];
  status: StoreStatus;
  /** The last store problem the core announced (a failed write, say), until dismissed. */
  problem: EventPayload<'store:problem'> | null;
  reload: () => Promise<void>;
  updateSettings: (change: Partial<Settings>) => Promise<Settings>;
  dismissQuarantine: () => Promise<void>;
  dismissProblem: () => void;
}

type LoadedState = Pick<DeskContextValue, 'settings' | 'categories' | 'tags' | 'status'>;

const DeskContext = createContext<DeskContextValue | null>(null);

export function useDesk(): DeskContextValue {
  const value = useContext(DeskContext);
  if (!value) throw new Error('useDesk() outside <DeskProvider>');
  return value;
}

export function DeskProvider({
  children,
  fallback,
}: {
  children: ReactNode;
  fallback: (error: string | null, retry: () => void) => ReactNode;
}) {
  const [state, setState] = useState<LoadedState | null>(null);
  const [problem, setProblem] = useState<EventPayload<'store:problem'> | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const [settings, categories, tags, status] = await Promise.all([
        call('settings:get', {}),
        call('categories:list', {}),
        call('tags:list', {}),
        call('app:status', {}),
      ]);
      setInterfaceLanguage(settings.interfaceLanguage);
      setState({ settings, categories, tags, status });
      setError(null);
    } catch (caught) {
      setError((caught as Error).message);
    }
  }, []);

  useEffect(() => {
    void reload();
    const offProblem = onEvent('store:problem', (payload) => {
      // Quarantine shows from the status itself; other problems keep their message.
      if (payload.kind !== 'quarantine') setProblem(payload);
      void reload();
    });
    // When the core comes back after an outage, what it holds may have changed.
    const offConnection = onConnectionChange((connection) => {
      if (connection === 'online') void reload();
    });
    return () => {
      offProblem();
      offConnection();
    };
  }, [reload]);

  const dismissQuarantine = useCallback(async () => {
    const status = await call('app:dismissQuarantine', {});
    setState((previous) => (previous ? { ...previous, status } : previous));
  }, []);
  const dismissProblem = useCallback(() => setProblem(null), []);

  const updateSettings = useCallback(async (change: Partial<Settings>) => {
    const settings = await call('settings:update', change);
    setInterfaceLanguage(settings.interfaceLanguage);
    setState((previous) => (previous ? { ...previous, settings } : previous));
    return settings;
  }, []);

  const value = useMemo(
    () =>
      state
        ? { ...state, problem, reload, updateSettings, dismissQuarantine, dismissProblem }
        : null,
    [state, problem, reload, updateSettings, dismissQuarantine, dismissProblem],
  );
  if (!value) return <>{fallback(error, () => void reload())}</>;
  return <DeskContext.Provider value={value}>{children}</DeskContext.Provider>;
}
