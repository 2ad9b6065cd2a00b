/** Asks which of two instants a repeated wall-clock time means (the night the clocks go back). */
import { useTranslation } from 'react-i18next';
import { offsetLabel } from '@shared/zoned-time';
import type { FoldChoice as Choice } from '@shared/zoned-time';
import { useDesk } from '../../app/desk-context';
import type { FoldCandidates } from './schedule-error';

export function FoldChoice({
  candidates,
  onChoose,
  onCancel,
}: {
  candidates: FoldCandidates;
  onChoose: (choice: Choice) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { settings } = useDesk();
  const time = candidates.local.slice(11);
  return (
    <div className="fold-choice" role="group" aria-label={t('workflow.schedule.foldQuestion')}>
      <p>{t('workflow.schedule.foldQuestion')}</p>
      <button type="button" onClick={() => onChoose('earlier')}>
        {t('workflow.schedule.earlier', {
          time,
          offset: `UTC${offsetLabel(candidates.earlier, settings.timeZone)}`,
        })}
      </button>
      <button type="button" onClick={() => onChoose('later')}>
        {t('workflow.schedule.later', {
          time,
          offset: `UTC${offsetLabel(candidates.later, settings.timeZone)}`,
        })}
      </button>
      <button type="button" onClick={onCancel}>
        {t('workflow.cancel')}
      </button>
    </div>
  );
}
