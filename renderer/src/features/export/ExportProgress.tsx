/** A progress bar and the phase the export is in. */
import { useTranslation } from 'react-i18next';
import type { ExportProgressValue } from './use-export-progress';

export function ExportProgress({ progress }: { progress: ExportProgressValue | null }) {
  const { t } = useTranslation();
  const phase = progress?.phase ?? 'reading';
  const determinate = progress !== null && progress.total > 0;
  return (
    <div className="export-progress">
      <progress
        aria-label={t('export.progressLabel')}
        {...(determinate ? { value: progress.done, max: progress.total } : {})}
      />
      <span role="status" aria-live="polite">
        {t(`export.phases.${phase}`)}
        {determinate && phase !== 'done' ? ` ${progress.done} / ${progress.total}` : ''}
      </span>
    </div>
  );
}
