/** A date and a time input for a newsroom wall-clock minute (`YYYY-MM-DDTHH:mm`). */
import { useTranslation } from 'react-i18next';

export function LocalTimeFields({
  value,
  onChange,
}: {
  value: string;
  onChange: (local: string) => void;
}) {
  const { t } = useTranslation();
  const [date = '', time = ''] = value.split('T');
  return (
    <span className="local-time-fields">
      <label>
        {t('workflow.schedule.date')}
        <input
          type="date"
          value={date}
          onChange={(e) => onChange(`${e.target.value}T${time || '09:00'}`)}
        />
      </label>
      <label>
        {t('workflow.schedule.time')}
        <input
          type="time"
          step={60}
          value={time}
          onChange={(e) => onChange(`${date}T${e.target.value}`)}
        />
      </label>
    </span>
  );
}
