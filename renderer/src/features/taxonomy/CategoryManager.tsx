/** Categories: add, rename in both languages, reorder, merge, delete (with reassignment when used). */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category } from '@shared/domain';
import { call } from '../../bridge/transport';
import { useDesk } from '../../app/desk-context';
import { BilingualNameInputs } from './BilingualNameInputs';

function CategoryRow({
  category,
  usage,
  first,
  last,
  others,
  run,
  onMove,
}: {
  category: Category;
  usage: number;
  first: boolean;
  last: boolean;
  others: Category[];
  run: (action: () => Promise<unknown>) => void;
  onMove: (step: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  const [name, setName] = useState(category.name);
  const [target, setTarget] = useState('');
  useEffect(() => setName(category.name), [category.name]);
  const nameLabels = { en: t('taxonomy.categories.nameEn'), ru: t('taxonomy.categories.nameRu') };
  return (
    <li className="taxonomy-row" aria-label={category.name[lang]}>
      <span className="order-buttons">
        <button
          type="button"
          aria-label={t('taxonomy.categories.up', { name: category.name[lang] })}
          disabled={first}
          onClick={() => onMove(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={t('taxonomy.categories.down', { name: category.name[lang] })}
          disabled={last}
          onClick={() => onMove(1)}
        >
          ↓
        </button>
      </span>
      <BilingualNameInputs value={name} onChange={setName} labels={nameLabels} hideLabels />
      <button
        type="button"
        disabled={name.en === category.name.en && name.ru === category.name.ru}
        onClick={() => run(() => call('categories:update', { id: category.id, name }))}
      >
        {t('taxonomy.categories.save')}
      </button>
      <span className="usage">{t('taxonomy.categories.usage', { count: usage })}</span>
      <label>
        <span className="visually-hidden">{t('taxonomy.categories.target')}</span>
        <select
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          title={t('taxonomy.categories.target')}
        >
          <option value="">{t('taxonomy.categories.choose')}</option>
          {others.map((other) => (
            <option key={other.id} value={other.id}>
              {other.name[lang]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        disabled={!target}
        onClick={() =>
          run(() => call('categories:merge', { sourceId: category.id, targetId: target }))
        }
      >
        {t('taxonomy.categories.merge')}
      </button>
      <button
        type="button"
        className="danger"
        disabled={usage > 0 && !target}
        title={usage > 0 && !target ? t('taxonomy.categories.needTarget') : undefined}
        onClick={() =>
          run(() => call('categories:delete', { id: category.id, reassignTo: target || null }))
        }
      >
        {t('taxonomy.categories.delete')}
      </button>
    </li>
  );
}

export function CategoryManager({ onError }: { onError: (message: string | null) => void }) {
  const { t } = useTranslation();
  const { categories, reload } = useDesk();
  const [usage, setUsage] = useState<Map<string, number>>(new Map());
  const [fresh, setFresh] = useState({ en: '', ru: '' });
  const loadUsage = useCallback(() => {
    call('categories:usage', {})
      .then((rows) => setUsage(new Map(rows.map((r) => [r.categoryId, r.usage]))))
      .catch((caught: Error) => onError(caught.message));
  }, [onError]);
  useEffect(loadUsage, [loadUsage, categories]);
  const run = (action: () => Promise<unknown>): void => {
    action()
      .then(async () => {
        onError(null);
        await reload();
      })
      .catch((caught: Error) => onError(caught.message));
  };
  const move = (index: number, step: number): void => {
    const ids = categories.map((c) => c.id);
    const [moved] = ids.splice(index, 1);
    if (moved === undefined) return;
    ids.splice(index + step, 0, moved);
    run(() => call('categories:reorder', { ids }));
  };
  return (
    <section className="taxonomy-section" aria-label={t('taxonomy.categories.title')}>
      <h2>{t('taxonomy.categories.title')}</h2>
      <ol className="taxonomy-list">
        {categories.map((category, i) => (
          <CategoryRow
            key={category.id}
            category={category}
            usage={usage.get(category.id) ?? 0}
            first={i === 0}
            last={i === categories.length - 1}
            others={categories.filter((c) => c.id !== category.id)}
            run={run}
            onMove={(step) => move(i, step)}
          />
        ))}
      </ol>
      <form
        className="taxonomy-add"
        onSubmit={(event) => {
          event.preventDefault();
          run(async () => {
            await call('categories:create', { name: fresh });
            setFresh({ en: '', ru: '' });
          });
        }}
      >
        <BilingualNameInputs
          value={fresh}
          onChange={setFresh}
          labels={{ en: t('taxonomy.categories.nameEn'), ru: t('taxonomy.categories.nameRu') }}
          required
        />
        <button type="submit">{t('taxonomy.categories.add')}</button>
      </form>
    </section>
  );
}
