/**
 * The editor's side panel of suggestions: a category with its confidence, known tags found
 * in the text, tags that usually go with them, and new tags. Live as the text changes
 * (debounced), refreshable, each item accepted or rejected by click or key; a rejection is
 * stored with the article and not offered again.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/domain';
import { call } from '../../bridge/transport';
import { useDesk } from '../../app/desk-context';
import { createTagFromCandidate } from './accept-candidate';
import { SuggestionItem } from './SuggestionItem';
import { useReasonText } from './use-reason';
import { useSuggestions } from './use-suggestions';

export interface SuggestionsPanelProps {
  /** Rejections are remembered per article; without an id they last for this panel only. */
  articleId?: string | undefined;
  content: { language: Language; headline: string; standfirst: string; body: string };
  categoryId: string | null;
  tagIds: readonly string[];
  onAcceptCategory: (categoryId: string) => void;
  onAcceptTag: (tagId: string) => void;
}

export function SuggestionsPanel({
  articleId,
  content,
  categoryId,
  tagIds,
  onAcceptCategory,
  onAcceptTag,
}: SuggestionsPanelProps) {
  const { t, i18n } = useTranslation();
  const { tags, categories, reload } = useDesk();
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  const reasonText = useReasonText();
  const [hidden, setHidden] = useState<Set<string>>(() => new Set());
  const [error, setError] = useState<string | null>(null);
  const {
    suggestions,
    loading,
    error: loadError,
    refresh,
  } = useSuggestions({
    articleId,
    ...content,
    categoryId,
    tagIds,
  });
  const hide = (key: string): void => setHidden((previous) => new Set(previous).add(key));
  const reject = (key: string): void => {
    hide(key);
    if (articleId)
      call('tagger:reject', { articleId, key }).catch((caught: Error) => setError(caught.message));
  };
  const visible = <T extends { key: string }>(items: readonly T[]): T[] =>
    items.filter((item) => !hidden.has(item.key));

  const categoryItems = visible(suggestions?.category.suggestions ?? []);
  const tagItems = visible(suggestions?.tags ?? []).filter((s) => !tagIds.includes(s.tagId));
  const candidateItems = visible(suggestions?.candidates ?? []);
  const nothing =
    suggestions && !categoryItems.length && !tagItems.length && !candidateItems.length;

  return (
    <aside className="suggestions-panel" aria-label={t('tagger.panel.title')}>
      <div className="panel-head">
        <h2>{t('tagger.panel.title')}</h2>
        <span className="panel-status" role="status">
          {loading ? t('tagger.panel.updating') : ''}
        </span>
        <button type="button" onClick={refresh}>
          {t('tagger.panel.refresh')}
        </button>
      </div>
      {(error ?? loadError) && (
        <p className="notice notice-error" role="alert">
          {t('errors.generic', { message: error ?? loadError })}
        </p>
      )}
      <h3>{t('tagger.panel.category')}</h3>
      {suggestions?.category.status === 'insufficient' ? (
        <>
          <p className="notice">
            {t('tagger.panel.insufficient', { min: suggestions.category.minExamples })}
          </p>
          <p className="notice">
            {t('tagger.panel.undertrained', {
              list: suggestions.category.undertrained
                .map(
                  (c) =>
                    `${categories.find((x) => x.id === c.categoryId)?.name[lang] ?? c.categoryId} ${c.examples}/${suggestions.category.minExamples}`,
                )
                .join(', '),
            })}
          </p>
        </>
      ) : (
        <ul className="suggestion-list" aria-label={t('tagger.panel.suggestedCategories')}>
          {categoryItems.map((s) => {
            const name = categories.find((c) => c.id === s.categoryId)?.name[lang] ?? s.categoryId;
            return (
              <SuggestionItem
                key={s.key}
                name={name}
                detail={t('tagger.panel.confidence', { percent: Math.round(s.confidence * 100) })}
                reason={reasonText(s.reason)}
                onAccept={() => {
                  hide(s.key);
                  onAcceptCategory(s.categoryId);
                }}
                onReject={() => reject(s.key)}
              />
            );
          })}
        </ul>
      )}
      {tagItems.length > 0 && (
        <>
          <h3>{t('tagger.panel.tags')}</h3>
          <ul className="suggestion-list" aria-label={t('tagger.panel.suggestedTags')}>
            {tagItems.map((s) => {
              const tag = tags.find((x) => x.id === s.tagId);
              const name = tag?.name[content.language] ?? s.tagId;
              return (
                <SuggestionItem
                  key={s.key}
                  name={name}
                  detail={tag ? t(`tagger.kind.${tag.kind}`) : undefined}
                  reason={reasonText(s.reason)}
                  onAccept={() => {
                    hide(s.key);
                    onAcceptTag(s.tagId);
                  }}
                  onReject={() => reject(s.key)}
                />
              );
            })}
          </ul>
        </>
      )}
      {candidateItems.length > 0 && (
        <>
          <h3>{t('tagger.panel.newTags')}</h3>
          <ul className="suggestion-list" aria-label={t('tagger.panel.suggestedNew')}>
            {candidateItems.map((s) => (
              <SuggestionItem
                key={s.key}
                name={s.name}
                detail={t(`tagger.kind.${s.kind}`)}
                reason={reasonText(s.reason)}
                onAccept={() => {
                  hide(s.key);
                  createTagFromCandidate(s)
                    .then(async (tag) => {
                      await reload();
                      onAcceptTag(tag.id);
                    })
                    .catch((caught: Error) => setError(caught.message));
                }}
                onReject={() => reject(s.key)}
              />
            ))}
          </ul>
        </>
      )}
      {nothing && <p className="notice">{t('tagger.panel.none')}</p>}
      <p className="panel-keys">{t('tagger.panel.keys')}</p>
    </aside>
  );
}
