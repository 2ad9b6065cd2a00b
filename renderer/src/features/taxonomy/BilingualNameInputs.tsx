/** A name in both languages: one input for English and one for Russian, each marked with its `lang`. */
import type { LocalizedName } from '@shared/domain';

export function BilingualNameInputs({
  value,
  onChange,
  labels,
  required = false,
  hideLabels = false,
}: {
  value: LocalizedName;
  onChange: (value: LocalizedName) => void;
  labels: LocalizedName;
  required?: boolean;
  /** In a row of a list, the labels are for screen readers only. */
  hideLabels?: boolean;
}) {
  return (
    <>
      {(['en', 'ru'] as const).map((language) => (
        <label key={language}>
          {hideLabels ? (
            <span className="visually-hidden">{labels[language]}</span>
          ) : (
            labels[language]
          )}
          <input
            lang={language}
            required={required}
            value={value[language]}
            onChange={(e) => onChange({ ...value, [language]: e.target.value })}
          />
        </label>
      ))}
    </>
  );
}
