/** The tags on an article, each removable. */
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/domain';
import { useDesk } from '../../app/desk-context';

export function TagChips({
  tagIds,
  language,
  onRemove,
}: {
  tagIds: readonly string[];
  language: Language;
  onRemove?: ((tagId: string) => void) | undefined;
}) {
  const { t } = useTranslation();
  const { tags } = useDesk();
  return (
    <ul className="tag-chips" aria-label={t('tagger.tags.label')}>
      {tagIds.length === 0 && <li className="notice">{t('tagger.tags.none')}</li>}
      {tagIds.map((id) => {
        const name = tags.find((tag) => tag.id === id)?.name[language] ?? id;
        return (
          <li key={id} className="tag-chip">
            {name}
            {onRemove && (
              <button
                type="button"
                className="chip-remove"
                aria-label={t('tagger.tags.remove', { name })}
                onClick={() => onRemove(id)}
              >
                ×
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
