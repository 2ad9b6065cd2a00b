/**
 * The article desk (and the trash, the same list fixed to spiked articles): search,
 * filters and sort, the virtualised list, and the actions on rows: spike with undo,
 * restore, and purge after a confirmation. Filters and scroll position are remembered
 * while the app is open, so coming back from an article finds the desk as it was left.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '@shared/domain';
import { call } from '../../bridge/transport';
import { useDesk } from '../../app/desk-context';
import { useConnection } from '../../app/use-connection';
import { navigate } from '../../app/use-route';
import { ArticleList, ROW_HEIGHT } from './ArticleList';
import type { RowActions } from './ArticleRow';
import { ConfirmDialog } from './ConfirmDialog';
import { DeskFilters, type DeskQuery } from './DeskFilters';
import { DeskToast, type Toast } from './DeskToast';
import { FirstRun } from './FirstRun';
import { useArticleList } from './use-article-list';

export type DeskMode = 'desk' | 'trash';

const DEFAULT_QUERY: Record<DeskMode, DeskQuery> = {
  desk: { status: 'active', sort: 'updated_desc' },
  trash: { status: 'spiked', sort: 'updated_desc' },
};

/** What each mode looked like when the user left it (kept for the life of the page). */
const remembered: Record<DeskMode, { query: DeskQuery; offset: number }> = {
  desk: { query: DEFAULT_QUERY.desk, offset: 0 },
  trash: { query: DEFAULT_QUERY.trash, offset: 0 },
};
let firstRunDone = false;

function hasFilters(query: DeskQuery, mode: DeskMode): boolean {
  return (
    Boolean(query.text?.trim()) ||
    Boolean(query.language) ||
    Boolean(query.categoryId) ||
    Boolean(query.tagId) ||
    query.status !== DEFAULT_QUERY[mode].status
  );
}

/** Purges every spiked article, a page of ids at a time; the core refuses anything else. */
async function emptyTrash(): Promise<void> {
  for (;;) {
    const page = await call('articles:list', { status: 'spiked', offset: 0, limit: 500 });
    if (page.items.length === 0) return;
    for (const article of page.items) await call('articles:purge', { id: article.id });
  }
}

export function DeskScreen({ mode }: { mode: DeskMode }) {
  const { t } = useTranslation();
  const { status, settings, reload } = useDesk();
  const [query, setQuery] = useState<DeskQuery>(remembered[mode].query);
  const [debounced, setDebounced] = useState(query);
  const [showFirstRun, setShowFirstRun] = useState(() => mode === 'desk' && !firstRunDone);
  const [error, setError] = useState<string | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const [purging, setPurging] = useState<ArticleSummary | null>(null);
  const [emptyingTrash, setEmptyingTrash] = useState<'ask' | 'busy' | null>(null);
  // While the core is away the connection banner says so; a second message would be noise.
  const online = useConnection() === 'online';

  useEffect(() => {
    remembered[mode].query = query;
    const timer = setTimeout(() => setDebounced(query), 150);
    return () => clearTimeout(timer);
  }, [query, mode]);
  const list = useArticleList(debounced);

  // "/" jumps to the search box from anywhere on the desk, as in most list-heavy tools.
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const target = event.target as HTMLElement | null;
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
      event.preventDefault();
      document.getElementById('desk-search')?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const closeToast = useCallback(() => setToast(null), []);
  const latest = useRef<Pick<RowActions, 'onSpike' | 'onRestore'> | null>(null);
  const rowActions = useMemo<RowActions>(
    () => ({
      onSpike: (article) => latest.current?.onSpike(article),
      onRestore: (article) => latest.current?.onRestore(article),
      onPurge: (article) => setPurging(article),
    }),
    [],
  );

  const headlineOf = (article: ArticleSummary): string => article.headline || t('desk.untitled');
  const act = (action: Promise<unknown>, done: Toast | null): void => {
    action
      .then(() => {
        setError(null);
        setToast(done);
        list.refresh();
      })
      .catch((caught: Error) => setError(caught.message));
  };
  const spike = (article: ArticleSummary): void =>
    act(call('articles:spike', { id: article.id }), {
      id: Date.now(),
      text: t('desk.spiked', { headline: headlineOf(article) }),
      undo: () => act(call('articles:restore', { id: article.id }), null),
    });
  const restore = (article: ArticleSummary): void =>
    act(call('articles:restore', { id: article.id }), {
      id: Date.now(),
      text: t('desk.restored', { headline: headlineOf(article) }),
      undo: () => act(call('articles:spike', { id: article.id }), null),
    });
  // Rows are memoised: they get one stable object whose methods call the latest closures.
  useEffect(() => {
    latest.current = { onSpike: spike, onRestore: restore };
  });

  if (
    showFirstRun &&
    status.empty &&
    !list.loading &&
    list.total === 0 &&
    !hasFilters(query, mode)
  ) {
    return (
      <FirstRun
        onDone={() => {
          firstRunDone = true;
          setShowFirstRun(false);
          void reload();
          list.refresh();
        }}
      />
    );
  }

  const filtered = hasFilters(debounced, mode);
  const createArticle = (): void => {
    call('articles:create', { content: { language: query.language ?? settings.defaultLanguage } })
      .then((article) => navigate(`article/${article.id}`))
      .catch((caught: Error) => setError(caught.message));
  };
  const title = mode === 'trash' ? t('desk.trashTitle') : t('app.nav.desk');

  return (
    <section className="desk" aria-labelledby="desk-title">
      <div className="desk-toolbar">
        <h1 id="desk-title">{title}</h1>
        <span className="count" aria-live="polite">
          {list.loading && list.total === 0
            ? t('desk.loading')
            : t('desk.count', { count: list.total })}
        </span>
        {mode === 'desk' && (
          <button type="button" className="primary toolbar-end" onClick={createArticle}>
            {t('desk.newArticle')}
          </button>
        )}
        {mode === 'trash' && list.total > 0 && (
          <button
            type="button"
            className="danger toolbar-end"
            disabled={emptyingTrash !== null}
            onClick={() => setEmptyingTrash('ask')}
          >
            {t('desk.emptyTrash.button')}
          </button>
        )}
      </div>
      <DeskFilters query={query} onChange={setQuery} showStatus={mode === 'desk'} />
      {list.indexing && <p className="notice">{t('desk.indexing')}</p>}
      {online && (error ?? list.error) && (
        <p role="alert" className="notice notice-error">
          {t('errors.generic', { message: error ?? list.error })}
        </p>
      )}
      {list.loading && list.total === 0 ? (
        <div className="article-list" aria-busy="true">
          {Array.from({ length: 6 }, (_, i) => (
            <div key={i} className="article-row placeholder" style={{ height: ROW_HEIGHT }}>
              <span className="placeholder-line wide" />
              <span className="placeholder-line" />
              <span className="placeholder-line short" />
            </div>
          ))}
        </div>
      ) : list.total === 0 ? (
        <div className="article-list empty-state">
          {filtered ? (
            <>
              <p className="empty-title">{t('desk.empty')}</p>
              <p>{t('desk.emptyHint')}</p>
              <button type="button" onClick={() => setQuery(DEFAULT_QUERY[mode])}>
                {t('desk.clearFilters')}
              </button>
            </>
          ) : mode === 'trash' ? (
            <>
              <p className="empty-title">{t('desk.trashEmpty')}</p>
              <p>{t('desk.trashHint')}</p>
            </>
          ) : (
            <>
              <p className="empty-title">{t('desk.emptyStore')}</p>
              <p>{t('desk.emptyStoreHint')}</p>
              <button type="button" className="primary" onClick={createArticle}>
                {t('desk.writeFirst')}
              </button>
            </>
          )}
        </div>
      ) : (
        <ArticleList
          list={list}
          label={title}
          initialOffset={remembered[mode].offset}
          onScrolled={(offset) => {
            remembered[mode].offset = offset;
          }}
          actions={rowActions}
          queryKey={JSON.stringify(debounced)}
        />
      )}
      {purging && (
        <ConfirmDialog
          title={t('desk.confirmPurge.title')}
          body={t('desk.confirmPurge.body', { headline: headlineOf(purging) })}
          confirmLabel={t('desk.confirmPurge.confirm')}
          onCancel={() => setPurging(null)}
          onConfirm={() => {
            const article = purging;
            setPurging(null);
            act(call('articles:purge', { id: article.id }), {
              id: Date.now(),
              text: t('desk.purged', { headline: headlineOf(article) }),
            });
          }}
        />
      )}
      {emptyingTrash === 'ask' && (
        <ConfirmDialog
          title={t('desk.emptyTrash.title', { count: list.total })}
          body={t('desk.emptyTrash.body')}
          confirmLabel={t('desk.emptyTrash.confirm')}
          onCancel={() => setEmptyingTrash(null)}
          onConfirm={() => {
            setEmptyingTrash('busy');
            act(
              emptyTrash().finally(() => setEmptyingTrash(null)),
              { id: Date.now(), text: t('desk.emptyTrash.done') },
            );
          }}
        />
      )}
      <DeskToast toast={toast} onClose={closeToast} />
    </section>
  );
}
