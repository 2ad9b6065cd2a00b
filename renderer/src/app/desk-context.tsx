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
import type { StoreStatus } from '@shared/contract/index';
import type { Category, Settings, Tag } from '@shared/domain';
import { call, onEvent } from '../bridge/transport';
import { setInterfaceLanguage } from '../i18n/index';

export interface DeskContextValue {
  settings: Settings;
  categories: Category[];
  tags: Tag[];
  status: StoreStatus;
  reload: () => Promise<void>;
  updateSettings: (change: Partial<Settings>) => Promise<Settings>;
}

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
  fallback: (error: string | null) => ReactNode;
}) {
  const [state, setState] = useState<Omit<DeskContextValue, 'reload' | 'updateSettings'> | null>(
    null,
  );
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
    const offProblem = onEvent('store:problem', () => void reload());
    return offProblem;
  }, [reload]);

  const updateSettings = useCallback(async (change: Partial<Settings>) => {
    const settings = await call('settings:update', change);
    setInterfaceLanguage(settings.interfaceLanguage);
    setState((previous) => (previous ? { ...previous, settings } : previous));
    return settings;
  }, []);

  const value = useMemo(
    () => (state ? { ...state, reload, updateSettings } : null),
    [state, reload, updateSettings],
  );
  if (!value) return <>{fallback(error)}</>;
  return <DeskContext.Provider value={value}>{children}</DeskContext.Provider>;
}
