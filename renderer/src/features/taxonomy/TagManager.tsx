/** Tags: search with usage counts, add, edit names/aliases/kind, merge duplicates, delete. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TagUsage } from '@shared/contract/taxonomy';
import { TAG_KINDS, type Tag } from '@shared/domain';
import { call } from '../../bridge/transport';
import { useDesk } from '../../app/desk-context';
import { BilingualNameInputs } from './BilingualNameInputs';

type Kind = Tag['kind'];

const splitAliases = (text: string): string[] =>
  text
    .split(',')
    .map((alias) => alias.trim())
    .filter(Boolean);

function TagEditor({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: { kind: Kind; name: Tag['name']; aliases: string[] };
  submitLabel: string;
  onSubmit: (value: { kind: Kind; name: Tag['name']; aliases: string[] }) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>(initial.kind);
  const [name, setName] = useState(initial.name);
  const [aliases, setAliases] = useState(initial.aliases.join(', '));
  return (
    <form
      className="taxonomy-add"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({ kind, name, aliases: splitAliases(aliases) });
      }}
    >
      <label>
        {t('taxonomy.tags.kind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {TAG_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`tagger.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <BilingualNameInputs
        value={name}
        onChange={setName}
        labels={{ en: t('taxonomy.tags.nameEn'), ru: t('taxonomy.tags.nameRu') }}
        required
      />
      <label className="wide">
        {t('taxonomy.tags.aliases')}
        <input value={aliases} onChange={(e) => setAliases(e.target.value)} />
      </label>
      <button type="submit">{submitLabel}</button>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          {t('taxonomy.tags.cancel')}
        </button>
      )}
    </form>
  );
}

export function TagManager({ onError }: { onError: (message: string | null) => void }) {
  const { t, i18n } = useTranslation();
  const { tags, reload } = useDesk();
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  const [text, setText] = useState('');
  const [kind, setKind] = useState<Kind | ''>('');
  const [rows, setRows] = useState<TagUsage[]>([]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [target, setTarget] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);

  const search = useCallback(() => {
    call('tags:search', { text, ...(kind ? { kind } : {}), limit: 500 })
      .then(setRows)
      .catch((caught: Error) => onError(caught.message));
  }, [text, kind, onError]);
  useEffect(() => {
    const timer = setTimeout(search, 150);
    return () => clearTimeout(timer);
  }, [search, tags]);

  const run = (action: () => Promise<unknown>): void => {
    action()
      .then(async () => {
        onError(null);
        await reload();
      })
      .catch((caught: Error) => onError(caught.message));
  };

  return (
    <section className="taxonomy-section" aria-label={t('taxonomy.tags.title')}>
      <h2>{t('taxonomy.tags.title')}</h2>
      <TagEditor
        key={formKey}
        initial={{ kind: 'person', name: { en: '', ru: '' }, aliases: [] }}
        submitLabel={t('taxonomy.tags.add')}
        onSubmit={(value) =>
          run(async () => {
            await call('tags:create', value);
            setFormKey((k) => k + 1);
          })
        }
      />
      <div className="filters" role="search">
        <label className="search-field">
          <span className="visually-hidden">{t('taxonomy.tags.search')}</span>
          <input
            type="search"
            placeholder={t('taxonomy.tags.search')}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <label>
          {t('taxonomy.tags.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind | '')}>
            <option value="">{t('taxonomy.tags.anyKind')}</option>
            {TAG_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`tagger.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('taxonomy.tags.mergeInto')}
          <select value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">{t('taxonomy.categories.choose')}</option>
            {tags.map((tag) => (
              <option key={tag.id} value={tag.id}>
                {tag.name[lang]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={!target || selected.size === 0 || selected.has(target)}
          onClick={() =>
            run(async () => {
              const result = await call('tags:merge', {
                sourceIds: [...selected],
                targetId: target,
              });
              setSelected(new Set());
              setMessage(
                t('taxonomy.tags.merged', { count: result.moved, name: result.tag.name[lang] }),
              );
            })
          }
        >
          {t('taxonomy.tags.merge')}
        </button>
      </div>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      <table className="tag-table">
        <thead>
          <tr>
            <th />
            <th>{t('taxonomy.tags.column.name')}</th>
            <th>{t('taxonomy.tags.column.kind')}</th>
            <th>{t('taxonomy.tags.column.aliases')}</th>
            <th>{t('taxonomy.tags.column.usage')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map(({ tag, usage }) =>
            editing === tag.id ? (
              <tr key={tag.id}>
                <td colSpan={6}>
                  <TagEditor
                    initial={tag}
                    submitLabel={t('taxonomy.tags.save')}
                    onCancel={() => setEditing(null)}
                    onSubmit={(value) =>
                      run(async () => {
                        await call('tags:update', { id: tag.id, ...value });
                        setEditing(null);
                      })
                    }
                  />
                </td>
              </tr>
            ) : (
              <tr key={tag.id}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('taxonomy.tags.select', { name: tag.name[lang] })}
                    checked={selected.has(tag.id)}
                    onChange={(e) =>
                      setSelected((previous) => {
                        const next = new Set(previous);
                        if (e.target.checked) next.add(tag.id);
                        else next.delete(tag.id);
                        return next;
                      })
                    }
                  />
                </td>
                <td>
                  {tag.name.en} / {tag.name.ru}
                </td>
                <td>{t(`tagger.kind.${tag.kind}`)}</td>
                <td className="aliases">{tag.aliases.join(', ')}</td>
                <td>{t('taxonomy.tags.usage', { count: usage })}</td>
                <td>
                  <button type="button" onClick={() => setEditing(tag.id)}>
                    {t('taxonomy.tags.edit')}
                  </button>{' '}
                  <button
                    type="button"
                    className="danger"
                    onClick={() => run(() => call('tags:delete', { id: tag.id }))}
                  >
                    {t('taxonomy.tags.delete')}
                  </button>
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      {rows.length === 0 && <p className="notice">{t('taxonomy.tags.none')}</p>}
    </section>
  );
}
