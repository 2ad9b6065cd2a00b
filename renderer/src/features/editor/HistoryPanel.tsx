/**
 * Revision history: every saved revision with time and author; pick any two to compare
 * (word diff of headline, standfirst and text) and restore one, which saves it anew.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contentOf, type Article, type ArticleContent, type RevisionSummary } from '@shared/domain';
import { call } from '../../bridge/transport';
import { useDesk } from '../../app/desk-context';
import { formatDateTime } from '../../i18n/index';
import { articleText } from './article-text';
import { TextDiff } from './TextDiff';

interface HistoryPanelProps {
  article: Article;
  /** Saves pending edits, then returns the stored article to restore on top of. */
  prepare: () => Promise<Article | null>;
  onRestored: (article: Article, from: number) => void;
  onClose: () => void;
}

export function HistoryPanel({ article, prepare, onRestored, onClose }: HistoryPanelProps) {
  const { t, i18n } = useTranslation();
  const { settings } = useDesk();
  const [revisions, setRevisions] = useState<RevisionSummary[]>([]);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [contents, setContents] = useState<Map<number, ArticleContent>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    call('revisions:list', { articleId: article.id })
      .then((list) => {
        setRevisions(list);
        setTo((current) => current ?? list[0]?.number ?? null);
        setFrom((current) => current ?? list[1]?.number ?? list[0]?.number ?? null);
      })
      .catch((caught: Error) => setError(caught.message));
  }, [article.id, article.revision]);

  useEffect(() => {
    for (const number of [from, to]) {
      if (number === null || contents.has(number)) continue;
      if (number === article.revision) {
        setContents((map) => new Map(map).set(number, contentOf(article)));
        continue;
      }
      call('revisions:get', { articleId: article.id, number })
        .then((revision) => setContents((map) => new Map(map).set(number, revision.content)))
        .catch((caught: Error) => setError(caught.message));
    }
  }, [from, to, contents, article]);

  const restore = async (number: number): Promise<void> => {
    setError(null);
    try {
      const revision = await call('revisions:get', { articleId: article.id, number });
      const base = await prepare();
      if (!base) return;
      const saved = await call('articles:save', {
        id: article.id,
        baseRevision: base.revision,
        content: { ...revision.content, twinId: base.twinId },
        autosave: false,
      });
      setMessage(t('editor.history.restored', { number, revision: saved.revision }));
      onRestored(saved, number);
    } catch (caught) {
      setError((caught as Error).message);
    }
  };

  const before = from !== null ? contents.get(from) : undefined;
  const after = to !== null ? contents.get(to) : undefined;

  return (
    <section className="history-panel" aria-label={t('editor.history.title')}>
      <header className="panel-header">
        <h2>{t('editor.history.title')}</h2>
        <button type="button" onClick={onClose}>
          {t('editor.history.close')}
        </button>
      </header>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {message && <p role="status">{message}</p>}
      <table className="revision-table">
        <thead>
          <tr>
            <th>{t('editor.history.from')}</th>
            <th>{t('editor.history.to')}</th>
            <th />
            <th />
          </tr>
        </thead>
        <tbody>
          {revisions.map((revision) => (
            <tr key={revision.number}>
              <td>
                <input
                  type="radio"
                  name="from"
                  aria-label={`${t('editor.history.from')} ${revision.number}`}
                  checked={from === revision.number}
                  onChange={() => setFrom(revision.number)}
                />
              </td>
              <td>
                <input
                  type="radio"
                  name="to"
                  aria-label={`${t('editor.history.to')} ${revision.number}`}
                  checked={to === revision.number}
                  onChange={() => setTo(revision.number)}
                />
              </td>
              <td>
                <strong>{t('editor.history.revision', { number: revision.number })}</strong>
                {revision.number === article.revision && ` · ${t('editor.history.current')}`}
                {revision.autosave && (
                  <span className="muted"> · {t('editor.history.autosave')}</span>
                )}
                <br />
                <span className="muted">
                  {t('editor.history.by', {
                    time: formatDateTime(revision.savedAt, i18n.language, settings.timeZone),
                    author: revision.author,
                  })}
                </span>
              </td>
              <td>
                {revision.number !== article.revision && (
                  <button type="button" onClick={() => void restore(revision.number)}>
                    {t('editor.history.restore', { number: revision.number })}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {before && after && (
        <div className="history-diff" aria-label={`${from} → ${to}`}>
          {articleText(before) === articleText(after) ? (
            <p className="muted">{t('editor.history.empty')}</p>
          ) : (
            <TextDiff
              before={articleText(before)}
              after={articleText(after)}
              addedLabel={`+ ${to}`}
              removedLabel={`− ${from}`}
            />
          )}
        </div>
      )}
    </section>
  );
}
