/**
 * The save state in words: saving, saved at 12:04, offline copy only, conflict. It reads the
 * draft's save-state store itself, so a change of state renders this span alone.
 */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../i18n/index';
import type { SaveStateStore } from './save-state';

export function SaveStatus({
  store,
  revision,
}: {
  store: SaveStateStore;
  revision: number | null;
}) {
  const { t, i18n } = useTranslation();
  const state = useSyncExternalStore(store.subscribe, store.get);
  const text =
    state.kind === 'saved'
      ? t('editor.state.saved', { time: formatTime(state.at, i18n.language) })
      : state.kind === 'error'
        ? t('editor.state.error', { message: state.message })
        : t(`editor.state.${state.kind}`);
  return (
    <span
      className={`save-state save-${state.kind}`}
      role="status"
      aria-live="polite"
      data-state={state.kind}
      data-revision={revision ?? ''}
    >
      {text}
    </span>
  );
}
