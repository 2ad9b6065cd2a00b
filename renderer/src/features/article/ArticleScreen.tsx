/**
 * The article form: headline, standfirst, body and the main fields, saved with the
 * revision it was based on (a stale save shows the conflict instead of overwriting).
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, ArticleContent } from '@shared/domain';
import { LANGUAGES } from '@shared/domain';
import { BridgeError, call } from '../../bridge/transport';
import { useDesk } from '../../app/desk-context';
import { formatTime } from '../../i18n/index';
import { SuggestionsPanel } from '../tagger/SuggestionsPanel';
import { TagChips } from '../tagger/TagChips';
import { contentOfArticle } from './article-content';
import { docToEditableText, plainTextToDoc } from './plain-body';

type SaveState =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'conflict' }
  | { kind: 'error'; message: string };

export function ArticleScreen({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { categories } = useDesk();
  const [article, setArticle] = useState<Article | null>(null);
  const [draft, setDraft] = useState<ArticleContent | null>(null);
  const [bodyText, setBodyText] = useState('');
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [loadError, setLoadError] = useState<string | null>(null);
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  const saving = useRef(false);

  useEffect(() => {
    call('articles:get', { id })
      .then((loaded) => {
        setArticle(loaded);
        setDraft(contentOfArticle(loaded));
        setBodyText(docToEditableText(loaded.body));
      })
      .catch((caught: Error) => setLoadError(caught.message));
  }, [id]);

  const save = async (autosave: boolean): Promise<void> => {
    if (!article || !draft || saving.current) return;
    saving.current = true;
    setState({ kind: 'saving' });
    try {
      const saved = await call('articles:save', {
        id,
        baseRevision: article.revision,
        content: { ...draft, body: plainTextToDoc(bodyText) },
        autosave,
      });
      setArticle(saved);
      setDraft((current) => (current ? { ...current, slug: saved.slug } : current));
      setState({ kind: 'saved', at: new Date() });
    } catch (caught) {
      if (caught instanceof BridgeError && caught.code === 'conflict')
        setState({ kind: 'conflict' });
      else setState({ kind: 'error', message: (caught as Error).message });
    } finally {
      saving.current = false;
    }
  };

  // Autosave a moment after typing stops.
  useEffect(() => {
    if (state.kind !== 'dirty') return;
    const timer = setTimeout(() => void save(true), 1200);
    return () => clearTimeout(timer);
  });

  if (loadError) return <p role="alert">{t('errors.generic', { message: loadError })}</p>;
  if (!article || !draft) return <p role="status">…</p>;

  const edit = (change: Partial<ArticleContent>): void => {
    setDraft({ ...draft, ...change });
    setState({ kind: 'dirty' });
  };
  // Panel callbacks may fire in quick succession: build on the latest draft, not this render's.
  const editTags = (change: (tagIds: string[]) => string[]): void => {
    setDraft((current) => (current ? { ...current, tagIds: change(current.tagIds) } : current));
    setState({ kind: 'dirty' });
  };

  return (
    <div className="article-layout">
      <form
        className="article-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save(false);
        }}
      >
        <div className="form-toolbar">
          <a href="#/desk">← {t('article.back')}</a>
          <span className="save-state" role="status" aria-live="polite">
            {state.kind === 'saving' && t('article.saving')}
            {state.kind === 'saved' && t('article.saved', { time: formatTime(state.at, lang) })}
            {state.kind === 'dirty' && t('article.unsaved')}
            {state.kind === 'error' && t('errors.generic', { message: state.message })}
            {state.kind === 'idle' && t('article.revision', { number: article.revision })}
          </span>
          <button type="submit" className="primary">
            {t('article.save')}
          </button>
        </div>
        {state.kind === 'conflict' && (
          <div className="banner banner-warning" role="alert">
            {t('article.conflict')}{' '}
            <button type="button" onClick={() => window.location.reload()}>
              {t('article.reload')}
            </button>
          </div>
        )}
        <label>
          {t('article.headline')}
          <input
            lang={draft.language}
            value={draft.headline}
            onChange={(e) => edit({ headline: e.target.value })}
          />
        </label>
        <label>
          {t('article.standfirst')}
          <textarea
            aria-label={t('article.standfirst')}
            lang={draft.language}
            rows={2}
            value={draft.standfirst}
            onChange={(e) => edit({ standfirst: e.target.value })}
          />
        </label>
        <div className="form-row">
          <label>
            {t('article.language')}
            <select
              value={draft.language}
              onChange={(e) => edit({ language: e.target.value as ArticleContent['language'] })}
            >
              {LANGUAGES.map((language) => (
                <option key={language} value={language}>
                  {t(`language.${language}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('article.category')}
            <select
              value={draft.categoryId ?? ''}
              onChange={(e) => edit({ categoryId: e.target.value || null })}
            >
              <option value="">{t('article.noCategory')}</option>
              {categories.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.name[lang]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('article.byline')}
            <input value={draft.byline} onChange={(e) => edit({ byline: e.target.value })} />
          </label>
          <label>
            {t('article.dateline')}
            <input value={draft.dateline} onChange={(e) => edit({ dateline: e.target.value })} />
          </label>
        </div>
        <label>
          {t('article.body')}
          <textarea
            aria-label={t('article.body')}
            lang={draft.language}
            rows={16}
            value={bodyText}
            onChange={(e) => {
              setBodyText(e.target.value);
              setState({ kind: 'dirty' });
            }}
          />
        </label>
        <p className="slug-line">
          {t('article.slug')}: <code>{article.slug || '—'}</code>
        </p>
      </form>
      <div className="article-side">
        <h2>{t('tagger.tags.label')}</h2>
        <TagChips
          tagIds={draft.tagIds}
          language={draft.language}
          onRemove={(tagId) => editTags((ids) => ids.filter((x) => x !== tagId))}
        />
        <SuggestionsPanel
          articleId={id}
          content={{
            language: draft.language,
            headline: draft.headline,
            standfirst: draft.standfirst,
            body: bodyText,
          }}
          categoryId={draft.categoryId}
          tagIds={draft.tagIds}
          onAcceptCategory={(categoryId) => {
            setDraft((current) => (current ? { ...current, categoryId } : current));
            setState({ kind: 'dirty' });
          }}
          onAcceptTag={(tagId) => editTags((ids) => (ids.includes(tagId) ? ids : [...ids, tagId]))}
        />
      </div>
    </div>
  );
}
