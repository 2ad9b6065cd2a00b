/** Turns a suggestion's reason into words in the interface language. */
import { useTranslation } from 'react-i18next';
import type { SuggestionReason } from '@shared/contract/tagger';
import { useDesk } from '../../app/desk-context';

export function useReasonText(): (reason: SuggestionReason) => string {
  const { t, i18n } = useTranslation();
  const { tags, categories } = useDesk();
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  return (reason) => {
    switch (reason.type) {
      case 'model':
        return t('tagger.reason.model');
      case 'mentioned':
        return t('tagger.reason.mentioned', { count: reason.count });
      case 'looks_like':
        return t('tagger.reason.looks_like', { count: reason.count });
      case 'often_with_tag': {
        const tag = tags.find((x) => x.id === reason.tagId);
        return t('tagger.reason.often_with_tag', { name: tag?.name[lang] ?? reason.tagId });
      }
      case 'often_with_category': {
        const category = categories.find((x) => x.id === reason.categoryId);
        return t('tagger.reason.often_with_category', {
          name: category?.name[lang] ?? reason.categoryId,
        });
      }
    }
  };
}
