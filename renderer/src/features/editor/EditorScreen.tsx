/**
 * The drafting editor: headline, standfirst and text in the middle; the article's
 * details and other features' panels in the side column; save state, history, preview,
 * twin and focus mode in the top bar. Replaces the simple article form.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '@shared/domain';
import { otherLanguage } from '@shared/twins';
import { useDesk } from '../../app/desk-context';
import { navigate } from '../../app/use-route';
import { call } from '../../bridge/transport';
import { BodyEditor } from './BodyEditor';
import { ConflictPanel } from './ConflictPanel';
import { DetailsPanel } from './DetailsPanel';
import { HeadlineField } from './HeadlineField';
import { HistoryPanel } from './HistoryPanel';
import { PreviewDialog } from './PreviewDialog';
import { SaveStatus } from './SaveStatus';
import { ShortcutsHelp } from './ShortcutsHelp';
import { EDITOR_SIDE_PANELS, EDITOR_TOOLBAR_ITEMS, type EditorSlotContext } from './side-panels';
import { BodySuggestions } from './BodySuggestions';
import { createValueStore } from './value-store';
import { useArticleDraft } from './use-article-draft';
import './editor.css';

type Overlay = 'none' | 'history' | 'preview' | 'help';

export function EditorScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const { settings } = useDesk();
  const draft = useArticleDraft(id);
  const [overlay, setOverlay] = useState<Overlay>('none');
  const [focus, setFocus] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // The text as of the last pause in typing, for the panel that reads it (tag suggestions):
  // a store of its own, so a pause re-renders that panel and not this screen.
  const [bodyText] = useState(() => createValueStore(''));
  const { article, fields, conflict, setFields, save, flush, load } = draft;

  const { getBody } = draft;
  const currentContent = useCallback(() => {
    if (!fields) return null;
    return { ...fields, body: getBody() ?? fields.body };
  }, [fields, getBody]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod) return;
      if (event.key.toLowerCase() === 's') {
        event.preventDefault();
        void save(false);
      } else if (event.key === '/') {
        event.preventDefault();
        setOverlay((o) => (o === 'help' ? 'none' : 'help'));
      } else if (event.key === 'Enter' && event.shiftKey) {
        event.preventDefault();
        setFocus((f) => !f);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save]);

  if (draft.loadError)
    return <p role="alert">{t('errors.generic', { message: draft.loadError })}</p>;
  if (!article || !fields) return <p role="status">{t('editor.state.loading')}</p>;

  const twinLanguage = otherLanguage(fields.language);
  const createTwin = async (): Promise<void> => {
    try {
      await flush();
      const { original, twin } = await call('articles:createTwin', { id: article.id });
      load(original);
      navigate(`article/${encodeURIComponent(twin.id)}`);
    } catch (caught) {
      setNotice((caught as Error).message);
    }
  };
  // Accepting several tags quickly: each builds on the newest fields, not this render's.
  const acceptTag = (tagId: string): void => {
    const current = draft.latestFields();
    if (current && !current.tagIds.includes(tagId))
      setFields({ tagIds: [...current.tagIds, tagId] });
  };
  const slotContext: EditorSlotContext = { article, fields, setFields, flush, load };

  return (
    <div className={focus ? 'editor-screen focus-mode' : 'editor-screen'}>
      <div className="editor-topbar">
        <a href="#/desk" className="back-link">
          ← {t('editor.back')}
        </a>
        <SaveStatus store={draft.saveState} revision={article.revision} />
        <span className="topbar-slot">
          {EDITOR_TOOLBAR_ITEMS.map((item) => (
            <span key={item.id}>{item.render(slotContext)}</span>
          ))}
        </span>
        <span className="topbar-actions">
          {fields.twinId ? (
            <a className="button" href={`#/article/${encodeURIComponent(fields.twinId)}`}>
              {t(`editor.actions.openTwin_${twinLanguage}`)}
            </a>
          ) : (
            <button type="button" onClick={() => void createTwin()}>
              {t(`editor.actions.createTwin_${twinLanguage}`)}
            </button>
          )}
          <button
            type="button"
            aria-pressed={overlay === 'history'}
            onClick={() => setOverlay(overlay === 'history' ? 'none' : 'history')}
          >
            {t('editor.actions.history')}
          </button>
          <button type="button" onClick={() => setOverlay('preview')}>
            {t('editor.actions.preview')}
          </button>
          <button type="button" aria-pressed={focus} onClick={() => setFocus(!focus)}>
            {focus ? t('editor.actions.exitFocus') : t('editor.actions.focus')}
          </button>
          <button
            type="button"
            aria-label={t('editor.actions.help')}
            title={t('editor.actions.help')}
            onClick={() => setOverlay('help')}
          >
            ?
          </button>
          <button type="button" className="primary" onClick={() => void save(false)}>
            {t('editor.save')}
          </button>
        </span>
      </div>
      {notice && (
        <div className="banner banner-warning" role="alert">
          {notice}{' '}
          <button type="button" onClick={() => setNotice(null)}>
            ×
          </button>
        </div>
      )}
      {conflict && (
        <ConflictPanel
          conflict={conflict}
          onKeepMine={() => void draft.keepMine()}
          onTakeTheirs={draft.takeTheirs}
          onByHand={draft.mergeByHand}
          onMerge={draft.mergeBoth}
          onDone={draft.closeConflict}
        />
      )}
      <div className="editor-columns">
        <div className="editor-main">
          <HeadlineField
            value={fields.headline}
            language={fields.language}
            softLimit={settings.headlineSoftLimit}
            onChange={(headline) => setFields({ headline })}
          />
          <label className="standfirst-field">
            <span className="visually-hidden">{t('editor.standfirst')}</span>
            <textarea
              aria-label={t('editor.standfirst')}
              className="standfirst-input"
              lang={fields.language}
              spellCheck
              rows={2}
              placeholder={t('editor.standfirst')}
              value={fields.standfirst}
              onChange={(e) => setFields({ standfirst: e.target.value })}
            />
          </label>
          <BodyEditor
            draft={draft}
            initial={fields.body}
            language={fields.language}
            onError={setNotice}
            onText={bodyText.set}
          />
        </div>
        <aside className="editor-side" aria-label={t('editor.details')}>
          {overlay === 'history' ? (
            <HistoryPanel
              article={article}
              prepare={async (): Promise<Article | null> => {
                await flush();
                return draft.article;
              }}
              onRestored={(saved) => load(saved)}
              onClose={() => setOverlay('none')}
            />
          ) : (
            <>
              <DetailsPanel
                article={article}
                fields={fields}
                slugError={draft.slugError}
                setFields={setFields}
              />
              <div className="side-panels">
                <BodySuggestions
                  articleId={article.id}
                  body={bodyText}
                  content={{
                    language: fields.language,
                    headline: fields.headline,
                    standfirst: fields.standfirst,
                  }}
                  categoryId={fields.categoryId}
                  tagIds={fields.tagIds}
                  onAcceptCategory={(categoryId) => setFields({ categoryId })}
                  onAcceptTag={(tagId) => acceptTag(tagId)}
                />
                {EDITOR_SIDE_PANELS.map((panel) => (
                  <div key={panel.id}>{panel.render(slotContext)}</div>
                ))}
              </div>
            </>
          )}
        </aside>
      </div>
      {overlay === 'preview' && (
        <PreviewDialog
          articleId={article.id}
          content={currentContent}
          onClose={() => setOverlay('none')}
        />
      )}
      {overlay === 'help' && <ShortcutsHelp onClose={() => setOverlay('none')} />}
    </div>
  );
}
