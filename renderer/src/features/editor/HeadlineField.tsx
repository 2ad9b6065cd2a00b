/** The headline with its character count against the desk's soft limit. */
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/domain';

interface HeadlineFieldProps {
  value: string;
  language: Language;
  softLimit: number;
  onChange: (value: string) => void;
}

export function HeadlineField({ value, language, softLimit, onChange }: HeadlineFieldProps) {
  const { t } = useTranslation();
  const length = [...value].length;
  const over = length > softLimit;
  return (
    <div className="headline-field">
      <label className="visually-hidden" htmlFor="headline">
        {t('editor.headline')}
      </label>
      <textarea
        id="headline"
        className="headline-input"
        rows={2}
        lang={language}
        spellCheck
        placeholder={t('editor.headline')}
        value={value}
        aria-describedby="headline-count"
        aria-invalid={over}
        onChange={(e) => onChange(e.target.value.replace(/\n/g, ' '))}
      />
      <p id="headline-count" className={over ? 'count count-over' : 'count'}>
        {t('editor.headlineCount', { count: length, limit: softLimit })}
        {over && ` · ${t('editor.headlineOver', { limit: softLimit })}`}
      </p>
    </div>
  );
}
