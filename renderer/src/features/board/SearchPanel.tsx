/** Published articles of the board's language, searchable, each draggable into a zone. */
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary, Language } from '@shared/domain';
import { call, onEvent } from '../../bridge/transport';
import { useDesk } from '../../app/desk-context';
import { searchId, TAKEOUT_ID, type DragData, type DropData } from './board-dnd';
import { formatCardTime } from './board-format';

interface SearchPanelProps {
  language: Language;
  onBoard: ReadonlySet<string>;
  canEdit: boolean;
  /** While a card from a zone is dragged: the panel takes it out of its zone. */
  takeout: 'possible' | 'over' | null;
}

export function SearchPanel({ language, onBoard, canEdit, takeout }: SearchPanelProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [items, setItems] = useState<ArticleSummary[] | null>(null);
  const [generation, setGeneration] = useState(0);
  const drop: DropData = { kind: 'takeout' };
  const { setNodeRef } = useDroppable({ id: TAKEOUT_ID, data: { drop }, disabled: !canEdit });
  useEffect(() => onEvent('article:changed', () => setGeneration((g) => g + 1)), []);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      call('articles:list', {
        status: 'published',
        language,
        text: text.trim() || undefined,
        sort: 'published_desc',
        limit: 40,
      })
        .then((result) => current && setItems(result.items))
        .catch(() => current && setItems([]));
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [language, text, generation]);
  return (
    <aside
      ref={setNodeRef}
      className={`board-search${takeout ? ` takeout-${takeout}` : ''}`}
      aria-labelledby="board-search-title"
    >
      <h2 id="board-search-title">{t('board.search.title')}</h2>
      {takeout && <p className="takeout-hint">{t('board.search.takeout')}</p>}
      <label>
        <span className="visually-hidden">{t('board.search.label')}</span>
        <input
          type="search"
          placeholder={t('board.search.placeholder')}
          aria-label={t('board.search.label')}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      {items === null ? (
        <p className="notice" role="status">
          …
        </p>
      ) : items.length === 0 ? (
        <p className="notice">{t('board.search.empty')}</p>
      ) : (
        <ul className="search-results">
          {items.map((article) => (
            <SearchResult
              key={article.id}
              article={article}
              onBoard={onBoard.has(article.id)}
              canEdit={canEdit}
            />
          ))}
        </ul>
      )}
    </aside>
  );
}

function SearchResult({
  article,
  onBoard,
  canEdit,
}: {
  article: ArticleSummary;
  onBoard: boolean;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { settings } = useDesk();
  const drag: DragData = {
    kind: 'article',
    articleId: article.id,
    headline: article.headline,
    fromZoneId: null,
  };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: searchId(article.id),
    data: { drag },
    disabled: !canEdit,
  });
  return (
    <li
      ref={setNodeRef}
      className={`search-result${isDragging ? ' dragging' : ''}`}
      aria-label={article.headline}
    >
      {canEdit && (
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="drag-handle"
          aria-label={t('board.search.drag', { headline: article.headline })}
          {...attributes}
          {...listeners}
        >
          ⠿
        </button>
      )}
      <span className="search-headline" lang={article.language}>
        {article.headline}
      </span>
      <span className="card-meta">
        <time dateTime={article.publishedAt ?? ''}>
          {formatCardTime(article.publishedAt, i18n.language, settings.timeZone)}
        </time>
        {onBoard && <span className="on-board">{t('board.search.onBoard')}</span>}
      </span>
    </li>
  );
}
