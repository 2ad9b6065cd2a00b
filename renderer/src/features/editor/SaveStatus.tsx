/** The save state in words: saving, saved at 12:04, offline copy only, conflict. */
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../i18n/index';
import type { SaveState } from './use-article-draft';

export function SaveStatus({ state, revision }: { state: SaveState; revision: number | null }) {
  const { t, i18n } = useTranslation();
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
