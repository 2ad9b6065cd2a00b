import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.js';
import { AppError } from '../../shared/errors.js';
import { makeTempDir, openTestCore } from '../helpers/temp-store.js';

let dir: string;
let cleanup: () => Promise<void>;
let core: Core;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
  ({ core } = await openTestCore(dir));
});
afterEach(async () => {
  await core.close();
  await cleanup();
});

const doc = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

async function article(
  language: 'en' | 'ru',
  headline: string,
  extra: { categoryId?: string; tagIds?: string[]; body?: string } = {},
) {
  return core.call('articles:create', {
    content: {
      language,
      headline,
      categoryId: extra.categoryId ?? null,
      tagIds: extra.tagIds ?? [],
      body: doc(extra.body ?? headline),
    },
  });
}

describe('tags', () => {
  it('merges duplicates: every article follows, names become aliases, nothing is lost', async () => {
    const a = await core.call('tags:create', {
      kind: 'place',
      name: { en: 'Tbilisi', ru: 'Тбилиси' },
    });
    const b = await core.call('tags:create', {
      kind: 'place',
      name: { en: 'Tiflis', ru: 'Тифлис' },
    });
    const other = await core.call('tags:create', {
      kind: 'topic',
      name: { en: 'Elections', ru: 'Выборы' },
    });
    const one = await article('en', 'One', { tagIds: [b.id, other.id] });
    const two = await article('en', 'Two', { tagIds: [a.id, b.id] });
    const three = await article('ru', 'Три', { tagIds: [other.id] });
    const { tag, moved } = await core.call('tags:merge', { sourceIds: [b.id], targetId: a.id });
    expect(moved).toBe(2);
    expect(tag.aliases).toEqual(expect.arrayContaining(['Tiflis', 'Тифлис']));
    expect((await core.call('articles:get', { id: one.id })).tagIds).toEqual([a.id, other.id]);
    expect((await core.call('articles:get', { id: two.id })).tagIds).toEqual([a.id]);
    expect((await core.call('articles:get', { id: three.id })).tagIds).toEqual([other.id]);
    // The merge went through the article store: a new revision each, the list sees it.
    expect((await core.call('articles:get', { id: one.id })).revision).toBe(2);
    expect((await core.call('articles:list', { tagId: a.id })).total).toBe(2);
    const tags = await core.call('tags:list', {});
    expect(tags.map((t) => t.id).sort()).toEqual([a.id, other.id].sort());
    const usage = await core.call('tags:search', { text: 'тифл' });
    expect(usage).toEqual([{ tag: expect.objectContaining({ id: a.id }), usage: 2 }]);
  });

  it('refuses a duplicate name and a merge into itself', async () => {
    const a = await core.call('tags:create', {
      kind: 'person',
      name: { en: 'Ilham Aliyev', ru: 'Ильхам Алиев' },
    });
    await expect(
      core.call('tags:create', { kind: 'person', name: { en: 'ilham aliyev', ru: 'Алиев' } }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      core.call('tags:merge', { sourceIds: [a.id], targetId: a.id }),
    ).rejects.toBeInstanceOf(AppError);
  });

  it('adopts the gazetteer as place tags once', async () => {
    const places = await core.call('gazetteer:list', {});
    expect(places.find((p) => p.key === 'almaty')?.aliases).toContain('Alma-Ata');
    const first = await core.call('gazetteer:adopt', { keys: ['tbilisi', 'almaty'] });
    expect(first).toEqual({ added: 2, skipped: 0 });
    const again = await core.call('gazetteer:adopt', {});
    expect(again.skipped).toBe(2);
    expect(again.added).toBe(places.length - 2);
    const tags = await core.call('tags:list', {});
    expect(tags.find((t) => t.name.en === 'Tbilisi')).toMatchObject({
      kind: 'place',
      slug: 'tbilisi',
      aliases: ['Tiflis', 'Тифлис'],
    });
  });
});

describe('categories', () => {
  it('adds, renames, reorders, merges and deletes only with a reassignment', async () => {
    const tech = await core.call('categories:create', {
      name: { en: 'Technology', ru: 'Технологии' },
    });
    expect(tech.slug).toBe('technology');
    await core.call('categories:update', { id: tech.id, name: { en: 'Tech', ru: 'Техно' } });
    const one = await article('en', 'Phones', { categoryId: tech.id, tagIds: [] });
    await expect(core.call('categories:delete', { id: tech.id })).rejects.toMatchObject({
      code: 'conflict',
    });
    const { moved } = await core.call('categories:delete', { id: tech.id, reassignTo: 'economy' });
    expect(moved).toBe(1);
    expect((await core.call('articles:get', { id: one.id })).categoryId).toBe('economy');
    const merged = await core.call('categories:merge', {
      sourceId: 'culture',
      targetId: 'society',
    });
    expect(merged.category.id).toBe('society');
    const order = (await core.call('categories:list', {})).map((c) => c.id);
    expect(order).not.toContain('culture');
    const reordered = await core.call('categories:reorder', { ids: [...order].reverse() });
    expect(reordered.map((c) => c.id)).toEqual([...order].reverse());
    await expect(core.call('categories:reorder', { ids: order.slice(1) })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });
});

describe('suggestions through the core', () => {
  const politics = [
    'Parliament approved the new government after a vote',
    'The president called an early election',
    'Opposition parties signed a coalition treaty',
    'The minister resigned after a vote of no confidence',
    'Diplomats prepared the summit of presidents',
  ];
  const sport = [
    'The team won the football match',
    'The wrestler took gold at the tournament',
    'The coach named the squad for the championship',
    'The striker scored in the league final',
    'The boxer defended his title at the stadium',
  ];

  it('says so until categories have enough examples, then learns as articles are saved', async () => {
    const text = {
      language: 'en' as const,
      headline: 'Parliament vote on the president',
      standfirst: '',
      body: '',
    };
    const before = await core.call('tagger:suggest', { text });
    expect(before.category.status).toBe('insufficient');
    expect(before.category.suggestions).toEqual([]);
    for (const headline of politics) await article('en', headline, { categoryId: 'politics' });
    for (const headline of sport.slice(0, 4))
      await article('en', headline, { categoryId: 'sport' });
    expect((await core.call('tagger:suggest', { text })).category.status).toBe('insufficient');
    // The fifth sport article arrives as a save of an uncategorised draft: learned on save.
    const draft = await article('en', sport[4] as string);
    await core.call('articles:save', {
      id: draft.id,
      baseRevision: draft.revision,
      content: { ...draft, categoryId: 'sport' },
    });
    const after = await core.call('tagger:suggest', { text });
    expect(after.category.status).toBe('ready');
    expect(after.category.suggestions[0]?.categoryId).toBe('politics');
    const status = await core.call('tagger:status', {});
    expect(status.categories.find((c) => c.categoryId === 'sport')?.examples).toBe(5);
  });

  it('finds known tags with why, proposes new ones, and never offers a rejected one again', async () => {
    const baku = await core.call('tags:create', {
      kind: 'place',
      name: { en: 'Baku', ru: 'Баку' },
    });
    const azerbaijan = await core.call('tags:create', {
      kind: 'place',
      name: { en: 'Azerbaijan', ru: 'Азербайджан' },
    });
    const energy = await core.call('tags:create', {
      kind: 'topic',
      name: { en: 'Energy', ru: 'Энергетика' },
    });
    for (let i = 0; i < 3; i++)
      await article('ru', `Нефть ${i}`, { tagIds: [azerbaijan.id, energy.id] });
    const draft = await article('ru', 'Визит в Баку');
    const text = {
      language: 'ru' as const,
      headline: 'Делегация Азербайджана в Баку',
      standfirst: 'Ильхам Алиев принял гостей.',
      body: 'Переговоры с Азербайджаном прошли в Баку. Министерство энергетики Азербайджана подготовило договор.',
    };
    const result = await core.call('tagger:suggest', { articleId: draft.id, text });
    const reasons = new Map(result.tags.map((t) => [t.tagId, t.reason]));
    expect(reasons.get(azerbaijan.id)).toMatchObject({ type: 'mentioned', count: 3 });
    expect(reasons.get(baku.id)).toMatchObject({ type: 'mentioned', count: 2 });
    expect(reasons.get(energy.id)).toMatchObject({
      type: 'often_with_tag',
      tagId: azerbaijan.id,
      count: 3,
    });
    expect(result.candidates).toContainEqual(
      expect.objectContaining({ name: 'Ильхам Алиев', kind: 'person' }),
    );
    await core.call('tagger:reject', { articleId: draft.id, key: `tag:${baku.id}` });
    await core.close();
    ({ core } = await openTestCore(dir));
    const again = await core.call('tagger:suggest', { articleId: draft.id, text });
    expect(again.tags.map((t) => t.tagId)).not.toContain(baku.id);
    expect(again.tags.map((t) => t.tagId)).toContain(azerbaijan.id);
  });

  it('queues articles without category or tags, by language and date', async () => {
    await article('en', 'Tagged', { categoryId: 'politics', tagIds: [] });
    const ru = await article('ru', 'Без рубрики');
    const en = await article('en', 'No category');
    const all = await core.call('tagger:queue', {});
    expect(all.total).toBe(3);
    expect((await core.call('tagger:queue', { language: 'ru' })).items.map((i) => i.id)).toEqual([
      ru.id,
    ]);
    expect((await core.call('tagger:queue', { language: 'en', from: '2099-01-01' })).total).toBe(0);
    void en;
  });
});
