/** A date and a time input for a newsroom wall-clock minute (`YYYY-MM-DDTHH:mm`). */
import { useTranslation } from 'react-i18next';

export function LocalTimeFields({
  value,
  onChange,
  idPrefix,
}: {
  value: string;
  onChange: (local: string) => void;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  const [date = '', time = ''] = value.split('T');
  return (
    <span className="local-time-fields">
      <label htmlFor={`${idPrefix}-date`}>{t('workflow.schedule.date')}</label>
      <input
        id={`${idPrefix}-date`}
        type="date"
        value={date}
        onChange={(e) => onChange(`${e.target.value}T${time || '09:00'}`)}
      />
      <label htmlFor={`${idPrefix}-time`}>{t('workflow.schedule.time')}</label>
      <input
        id={`${idPrefix}-time`}
        type="time"
        step={60}
        value={time}
        onChange={(e) => onChange(`${date}T${e.target.value}`)}
      />
    </span>
  );
}
