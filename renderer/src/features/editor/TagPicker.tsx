/** Tags of the article: chips to remove, a type-ahead to add from the newsroom's tags. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Tag } from '@shared/domain';

interface TagPickerProps {
  tags: Tag[];
  selected: string[];
  language: Language;
  onChange: (tagIds: string[]) => void;
}

export function TagPicker({ tags, selected, language, onChange }: TagPickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  const add = (value: string): void => {
    const needle = value.trim().toLowerCase();
    if (!needle) return;
    const match = tags.find(
      (tag) =>
        tag.name.en.toLowerCase() === needle ||
        tag.name.ru.toLowerCase() === needle ||
        tag.aliases.some((alias) => alias.toLowerCase() === needle),
    );
    if (match && !selected.includes(match.id)) onChange([...selected, match.id]);
    if (match) setText('');
  };
  return (
    <div className="field tag-picker">
      <span className="field-label" id="tags-label">
        {t('editor.tags')}
      </span>
      <ul className="chips" aria-labelledby="tags-label">
        {selected.map((id) => {
          const name = byId.get(id)?.name[language] ?? id;
          return (
            <li key={id} className="chip">
              {name}
              <button
                type="button"
                aria-label={t('editor.removeTag', { name })}
                onClick={() => onChange(selected.filter((s) => s !== id))}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      {tags.length === 0 ? (
        <p className="field-hint">{t('editor.noTags')}</p>
      ) : (
        <>
          <input
            aria-label={t('editor.addTag')}
            placeholder={t('editor.addTag')}
            list="tag-options"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              if (tags.some((tag) => tag.name[language] === e.target.value)) add(e.target.value);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add(text);
              }
            }}
          />
          <datalist id="tag-options">
            {tags
              .filter((tag) => !selected.includes(tag.id))
              .map((tag) => (
                <option key={tag.id} value={tag.name[language]} />
              ))}
          </datalist>
        </>
      )}
    </div>
  );
}
