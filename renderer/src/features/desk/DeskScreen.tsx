/** The article desk: search, filters, a virtualised list that scrolls through 50,000 rows, actions. */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../bridge/transport';
import { useDesk } from '../../app/desk-context';
import { navigate } from '../../app/use-route';
import { ArticleRow } from './ArticleRow';
import { DeskFilters, type DeskQuery } from './DeskFilters';
import { FirstRun } from './FirstRun';
import { useArticleList } from './use-article-list';

const ROW_HEIGHT = 96;

export function DeskScreen() {
  const { t } = useTranslation();
  const { status, settings, reload } = useDesk();
  const [query, setQuery] = useState<DeskQuery>({ status: 'active', sort: 'updated_desc' });
  const [debounced, setDebounced] = useState(query);
  const [firstRunDismissed, setFirstRunDismissed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(query), 150);
    return () => clearTimeout(timer);
  }, [query]);
  const list = useArticleList(debounced);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: list.total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensureRange } = list;
  useEffect(() => {
    if (list.total > 0) ensureRange(first, last);
  }, [first, last, list.total, ensureRange]);

  const act = (action: Promise<unknown>): void => {
    action.then(() => list.refresh()).catch((caught: Error) => setError(caught.message));
  };

  if (status.empty && !firstRunDismissed && list.total === 0) {
    return (
      <FirstRun
        onDone={() => {
          setFirstRunDismissed(true);
          void reload();
          list.refresh();
        }}
      />
    );
  }

  return (
    <section className="desk" aria-label={t('app.nav.desk')}>
      <div className="desk-toolbar">
        <button
          type="button"
          className="primary"
          onClick={() => {
            call('articles:create', { content: { language: settings.defaultLanguage } })
              .then((article) => navigate(`article/${article.id}`))
              .catch((caught: Error) => setError(caught.message));
          }}
        >
          {t('desk.newArticle')}
        </button>
        <span className="count" aria-live="polite">
          {t('desk.count', { count: list.total })}
        </span>
      </div>
      <DeskFilters query={query} onChange={setQuery} />
      {list.indexing && <p className="notice">{t('desk.indexing')}</p>}
      {(error ?? list.error) && (
        <p role="alert" className="notice notice-error">
          {t('errors.generic', { message: error ?? list.error })}
        </p>
      )}
      <div
        ref={scrollRef}
        className="article-list"
        role="feed"
        aria-busy={false}
        aria-label={t('app.nav.desk')}
      >
        {list.total === 0 ? (
          <p className="empty">{t('desk.empty')}</p>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const article = list.rows.get(item.index);
              return (
                <div
                  key={item.key}
                  className="virtual-row"
                  style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                >
                  {article ? (
                    <ArticleRow
                      article={article}
                      highlight={list.highlight}
                      onSpike={(id) => act(call('articles:spike', { id }))}
                      onRestore={(id) => act(call('articles:restore', { id }))}
                      onPurge={(id) => act(call('articles:purge', { id }))}
                    />
                  ) : (
                    <div className="article-row placeholder" aria-hidden="true" />
                  )}
                </div>
              );
            })}
          </div>
        )}
      </div>
    </section>
  );
}
