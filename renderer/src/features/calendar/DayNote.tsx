/** The desk's line of plans for a day, saved when the field loses focus or Enter is pressed. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../bridge/transport';

export function DayNote({ date, text, label }: { date: string; text: string; label: string }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(text);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setValue(text), [text]);
  const save = (): void => {
    if (value.trim() === text) return;
    call('calendar:note', { date, text: value })
      .then(() => setError(null))
      .catch((caught: Error) => setError(caught.message));
  };
  return (
    <>
      <input
        className="day-note"
        aria-label={t('calendar.noteLabel', { day: label })}
        placeholder={t('calendar.notePlaceholder')}
        maxLength={300}
        value={value}
        title={value || undefined}
        onChange={(e) => setValue(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') save();
        }}
      />
      {error && (
        <span className="notice notice-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
