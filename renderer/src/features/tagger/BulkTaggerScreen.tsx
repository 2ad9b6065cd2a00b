/**
 * The bulk tagger: a queue of articles without category or tags, filtered by language and
 * date, worked through from the keyboard (j/k or arrows to move, 1-9 to take a suggestion,
 * s to skip, Enter to save and go on), so a backlog of hundreds goes in one sitting.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, ArticleSummary, Language } from '@shared/domain';
import { LANGUAGES } from '@shared/domain';
import { docToPlainText } from '@shared/text-stats';
import { call } from '../../bridge/transport';
import { useDesk } from '../../app/desk-context';
import { createTagFromCandidate } from './accept-candidate';
import { bulkOptions, type BulkOption } from './bulk-options';
import { SuggestionItem } from './SuggestionItem';
import { TagChips } from './TagChips';
import { useReasonText } from './use-reason';
import { useSuggestions } from './use-suggestions';

interface Filters {
  language: Language | '';
  from: string;
  to: string;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.tagName === 'INPUT' ||
      target.tagName === 'SELECT' ||
      target.tagName === 'TEXTAREA' ||
      target.isContentEditable)
  );
}

/** Toggles an option; one primary category, so a new category choice replaces the old. */
function pick(previous: BulkOption[], option: BulkOption): BulkOption[] {
  if (previous.some((o) => o.key === option.key))
    return previous.filter((o) => o.key !== option.key);
  const rest =
    option.type === 'category' ? previous.filter((o) => o.type !== 'category') : previous;
  return [...rest, option];
}

export function BulkTaggerScreen() {
  const { t, i18n } = useTranslation();
  const { tags, categories, reload } = useDesk();
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  const reasonText = useReasonText();
  const [filters, setFilters] = useState<Filters>({ language: '', from: '', to: '' });
  const [queue, setQueue] = useState<ArticleSummary[]>([]);
  const [total, setTotal] = useState(0);
  const [index, setIndex] = useState(0);
  const [loaded, setLoaded] = useState<Article | null>(null);
  // Choices belong to one article: moving on can never carry them to the next.
  const [choice, setChoice] = useState<{ articleId: string; options: BulkOption[] } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    call('tagger:queue', {
      ...(filters.language ? { language: filters.language } : {}),
      ...(filters.from ? { from: filters.from } : {}),
      ...(filters.to ? { to: filters.to } : {}),
    })
      .then((result) => {
        setQueue(result.items);
        setTotal(result.total);
        setIndex(0);
      })
      .catch((caught: Error) => setError(caught.message));
  }, [filters]);

  const current = queue[index];
  useEffect(() => {
    setLoaded(null);
    if (!current) return;
    call('articles:get', { id: current.id })
      .then(setLoaded)
      .catch((caught: Error) => setError(caught.message));
  }, [current]);

  // Only the article at the queue's current place is shown: no stale suggestions in between.
  const article = loaded && current && loaded.id === current.id ? loaded : null;
  const body = useMemo(() => (article ? docToPlainText(article.body) : ''), [article]);
  const { suggestions, fresh } = useSuggestions({
    articleId: article?.id,
    language: article?.language ?? 'en',
    headline: article?.headline ?? '',
    standfirst: article?.standfirst ?? '',
    body,
    categoryId: article?.categoryId ?? null,
    tagIds: article?.tagIds ?? [],
  });
  const options = useMemo(
    () => (article && fresh ? bulkOptions(suggestions) : []),
    [article, fresh, suggestions],
  );

  const chosen = useMemo(
    () => (article && choice?.articleId === article.id ? choice.options : []),
    [article, choice],
  );
  const toggle = useCallback(
    (option: BulkOption) => {
      if (!article) return;
      setChoice((state) => {
        const previous = state?.articleId === article.id ? state.options : [];
        return { articleId: article.id, options: pick(previous, option) };
      });
    },
    [article],
  );
  const move = useCallback(
    (step: number) => setIndex((i) => Math.max(0, Math.min(queue.length - 1, i + step))),
    [queue.length],
  );

  const save = useCallback(async () => {
    if (!article || saving) return;
    setSaving(true);
    try {
      const newTags = await Promise.all(
        chosen.filter((o) => o.type === 'new').map((o) => createTagFromCandidate(o)),
      );
      if (newTags.length) await reload();
      const category = chosen.find((o) => o.type === 'category');
      const tagIds = [
        ...article.tagIds,
        ...chosen.flatMap((o) => (o.type === 'tag' ? [o.tagId] : [])),
        ...newTags.map((tag) => tag.id),
      ].filter((id, i, all) => all.indexOf(id) === i);
      const { id: _id, revision, ...rest } = article;
      await call('articles:save', {
        id: article.id,
        baseRevision: revision,
        content: {
          language: rest.language,
          headline: rest.headline,
          standfirst: rest.standfirst,
          body: rest.body,
          byline: rest.byline,
          dateline: rest.dateline,
          categoryId: category?.type === 'category' ? category.categoryId : article.categoryId,
          tagIds,
          slug: rest.slug,
          flags: rest.flags,
          featuredImage: rest.featuredImage,
          seoTitle: rest.seoTitle,
          seoDescription: rest.seoDescription,
          correctionNote: rest.correctionNote,
          twinId: rest.twinId,
        },
      });
      setMessage(t('tagger.bulk.saved', { headline: article.headline }));
      setError(null);
      // The saved article leaves the queue; the next one moves into its place.
      setQueue((previous) => previous.filter((s) => s.id !== article.id));
      setTotal((n) => n - 1);
      setIndex((i) => Math.min(i, Math.max(0, queue.length - 2)));
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setSaving(false);
    }
  }, [article, chosen, queue.length, reload, saving, t]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (
        event.defaultPrevented ||
        isTyping(event.target) ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey
      )
        return;
      if (event.key === 'j' || event.key === 'ArrowDown') move(1);
      else if (event.key === 'k' || event.key === 'ArrowUp') move(-1);
      else if (event.key === 's') move(1);
      else if (event.key === 'Enter') {
        if (event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement)
          return;
        void save();
      } else if (/^[1-9]$/.test(event.key)) {
        const option = options[Number(event.key) - 1];
        if (option) toggle(option);
      } else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [move, options, save, toggle]);

  const optionName = (option: BulkOption): string => {
    if (option.type === 'category')
      return categories.find((c) => c.id === option.categoryId)?.name[lang] ?? option.categoryId;
    if (option.type === 'tag')
      return (
        tags.find((x) => x.id === option.tagId)?.name[article?.language ?? lang] ?? option.tagId
      );
    return option.name;
  };
  const optionDetail = (option: BulkOption): string => {
    if (option.type === 'category')
      return `${t('tagger.panel.category')} · ${Math.round(option.confidence * 100)}%`;
    if (option.type === 'tag') {
      const tag = tags.find((x) => x.id === option.tagId);
      return tag ? t(`tagger.kind.${tag.kind}`) : '';
    }
    return `${t('tagger.panel.newTags')} · ${t(`tagger.kind.${option.kind}`)}`;
  };

  return (
    <section className="bulk-tagger" aria-label={t('tagger.bulk.title')}>
      <div className="filters" role="search">
        <h1>{t('tagger.bulk.title')}</h1>
        <label>
          {t('tagger.bulk.language')}
          <select
            value={filters.language}
            onChange={(e) =>
              setFilters({ ...filters, language: e.target.value as Filters['language'] })
            }
          >
            <option value="">{t('tagger.bulk.any')}</option>
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`language.${language}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('tagger.bulk.from')}
          <input
            type="date"
            value={filters.from}
            onChange={(e) => setFilters({ ...filters, from: e.target.value })}
          />
        </label>
        <label>
          {t('tagger.bulk.to')}
          <input
            type="date"
            value={filters.to}
            onChange={(e) => setFilters({ ...filters, to: e.target.value })}
          />
        </label>
        <span className="notice">{t('tagger.bulk.queue', { count: total })}</span>
      </div>
      <p className="panel-keys">{t('tagger.bulk.keys')}</p>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {t('errors.generic', { message: error })}
        </p>
      )}
      {!current ? (
        <p className="notice">{t('tagger.bulk.empty')}</p>
      ) : (
        <div className="bulk-body">
          <article
            className="bulk-article"
            aria-label={t('tagger.bulk.current')}
            lang={article?.language}
          >
            <p className="notice">
              {t('tagger.bulk.position', { index: index + 1, total: queue.length })}
            </p>
            <h2>{current.headline || t('desk.untitled')}</h2>
            {article && (
              <>
                <p className="standfirst">{article.standfirst}</p>
                <p className="bulk-excerpt">{body.slice(0, 1200)}</p>
                <TagChips tagIds={article.tagIds} language={article.language} />
              </>
            )}
            <div className="bulk-actions">
              <button type="button" onClick={() => move(-1)}>
                {t('tagger.bulk.previous')}
              </button>
              <button type="button" onClick={() => move(1)}>
                {t('tagger.bulk.skip')}
              </button>
              <button
                type="button"
                className="primary"
                onClick={() => void save()}
                disabled={saving}
              >
                {t('tagger.bulk.save')}
              </button>
            </div>
          </article>
          <aside className="suggestions-panel" aria-label={t('tagger.panel.title')}>
            <h2>{t('tagger.panel.title')}</h2>
            {suggestions?.category.status === 'insufficient' && fresh && (
              <p className="notice">
                {t('tagger.panel.insufficient', { min: suggestions.category.minExamples })}
              </p>
            )}
            <ul className="suggestion-list" aria-label={t('tagger.panel.title')}>
              {options.map((option, i) => {
                const picked = chosen.some((o) => o.key === option.key);
                return (
                  <SuggestionItem
                    key={option.key}
                    shortcut={i + 1}
                    name={optionName(option)}
                    detail={`${optionDetail(option)}${picked ? ` · ${t('tagger.bulk.chosen')}` : ''}`}
                    reason={reasonText(option.reason)}
                    onAccept={() => toggle(option)}
                  />
                );
              })}
            </ul>
            <h3>{t('tagger.bulk.chosen')}</h3>
            <ul className="tag-chips" aria-label={t('tagger.bulk.chosen')}>
              {chosen.map((option) => (
                <li key={option.key} className="tag-chip">
                  {optionName(option)}
                </li>
              ))}
            </ul>
          </aside>
        </div>
      )}
    </section>
  );
}
