/**
 * Categories and tags of a store: the pure rules (names, slugs, ids, merges) and the
 * effects that apply them. Every change to an article goes through
 * `core.articles.update`, so merges keep revisions and conflict checks honest.
 */
import type { Article, Category, Tag } from '../../../shared/domain.js';
import { AppError } from '../../../shared/errors.js';
import { slugify, uniqueSlug } from '../../../shared/slug.js';
import type { Core } from '../core.js';
import { foldWord } from '../tagger/text-features.js';
import { GAZETTEER } from './gazetteer.js';

/** A slug for a new category or tag: the given one (must be free) or one from the English name. */
export function pickSlug(
  given: string | undefined,
  name: { en: string; ru: string },
  taken: (slug: string) => boolean,
  fallback: string,
): string {
  if (given) {
    if (taken(given))
      throw new AppError('conflict', `The slug "${given}" is already in use.`, { field: 'slug' });
    return given;
  }
  const base = slugify(name.en) || slugify(name.ru) || fallback;
  return uniqueSlug(base, taken);
}

/** An id made from a slug, so stores stay readable on disk; made unique against `taken`. */
export function idFromSlug(slug: string, taken: (id: string) => boolean): string {
  const base = slug.slice(0, 56);
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/** Folded names and aliases of a tag, for duplicate checks and search. */
export function tagForms(tag: Pick<Tag, 'name' | 'aliases'>): string[] {
  return [tag.name.en, tag.name.ru, ...tag.aliases].map(foldWord);
}

/** Aliases of a merged tag: both tags' aliases plus the source's names, without repeats. */
export function mergedAliases(target: Tag, sources: Tag[]): string[] {
  const own = new Set([foldWord(target.name.en), foldWord(target.name.ru)]);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const alias of [
    ...target.aliases,
    ...sources.flatMap((s) => [s.name.en, s.name.ru, ...s.aliases]),
  ]) {
    const folded = foldWord(alias);
    if (own.has(folded) || seen.has(folded)) continue;
    seen.add(folded);
    out.push(alias);
  }
  return out.slice(0, 50);
}

export class Taxonomy {
  constructor(private readonly core: Core) {}

  get categories(): Category[] {
    return this.core.meta.data.categories;
  }

  get tags(): Tag[] {
    return this.core.meta.data.tags;
  }

  category(id: string): Category {
    const found = this.categories.find((c) => c.id === id);
    if (!found) throw new AppError('not_found', `No category with id ${id}.`);
    return found;
  }

  tag(id: string): Tag {
    const found = this.tags.find((t) => t.id === id);
    if (!found) throw new AppError('not_found', `No tag with id ${id}.`);
    return found;
  }

  private async saveMeta(change: () => void): Promise<void> {
    const before = structuredClone({ categories: this.categories, tags: this.tags });
    change();
    try {
      await this.core.meta.write();
    } catch (error) {
      this.core.meta.data.categories = before.categories;
      this.core.meta.data.tags = before.tags;
      throw error;
    }
  }

  /**
   * A change of the categories, with the curation board's category zones following it in
   * the same write (new categories get zones, removed ones lose theirs, renames carry over).
   */
  private async saveCategories(
    change: () => void,
    renamed?: { before: Category; after: Category },
  ): Promise<void> {
    const board = this.core.meta.data.board;
    let zonesChanged = false;
    try {
      await this.saveMeta(() => {
        change();
        zonesChanged = this.core.board.syncCategoryZones(renamed);
      });
    } catch (error) {
      this.core.meta.data.board = board;
      throw error;
    }
    if (zonesChanged) {
      this.core.events.emit('board:changed', { version: this.core.board.state.version });
    }
  }

  /** Rewrites every article `select` picks; returns how many changed. */
  private async rewriteArticles(
    select: (summary: { categoryId: string | null; tagIds: string[] }) => boolean,
    change: (article: Article) => Article,
  ): Promise<number> {
    const ids = [...this.core.articles.allSummaries()].filter(select).map((s) => s.id);
    const by = this.core.settings.profile.name;
    for (const id of ids) {
      await this.core.articles.update(id, (article) => ({ ...change(article), updatedBy: by }));
    }
    return ids.length;
  }

  async createCategory(name: Category['name'], slug?: string): Promise<Category> {
    const finalSlug = pickSlug(
      slug,
      name,
      (s) => this.categories.some((c) => c.slug === s),
      'category',
    );
    const category: Category = {
      id: idFromSlug(finalSlug, (id) => this.categories.some((c) => c.id === id)),
      name,
      slug: finalSlug,
      order: Math.max(0, ...this.categories.map((c) => c.order)) + 1,
    };
    await this.saveCategories(() => {
      this.core.meta.data.categories = [...this.categories, category];
    });
    return category;
  }

  async updateCategory(
    id: string,
    change: { name?: Category['name']; slug?: string },
  ): Promise<Category> {
    const current = this.category(id);
    if (
      change.slug &&
      change.slug !== current.slug &&
      this.categories.some((c) => c.slug === change.slug)
    ) {
      throw new AppError('conflict', `The slug "${change.slug}" is already in use.`, {
        field: 'slug',
      });
    }
    const next: Category = {
      ...current,
      ...(change.name ? { name: change.name } : {}),
      ...(change.slug ? { slug: change.slug } : {}),
    };
    await this.saveCategories(
      () => {
        this.core.meta.data.categories = this.categories.map((c) => (c.id === id ? next : c));
      },
      { before: current, after: next },
    );
    return next;
  }

  async reorderCategories(ids: string[]): Promise<Category[]> {
    const known = new Set(this.categories.map((c) => c.id));
    if (
      new Set(ids).size !== ids.length ||
      ids.length !== known.size ||
      ids.some((id) => !known.has(id))
    ) {
      throw new AppError('invalid_input', 'A new order must list every category exactly once.');
    }
    await this.saveMeta(() => {
      this.core.meta.data.categories = this.categories
        .map((c) => ({ ...c, order: ids.indexOf(c.id) + 1 }))
        .sort((a, b) => a.order - b.order);
    });
    return this.categories;
  }

  /** Moves every article of `sourceId` to `targetId`, then removes the source. */
  async mergeCategories(
    sourceId: string,
    targetId: string,
  ): Promise<{ category: Category; moved: number }> {
    if (sourceId === targetId)
      throw new AppError('invalid_input', 'A category cannot be merged into itself.');
    this.category(sourceId);
    const target = this.category(targetId);
    const moved = await this.rewriteArticles(
      (s) => s.categoryId === sourceId,
      (article) => ({ ...article, categoryId: targetId }),
    );
    await this.saveCategories(() => {
      this.core.meta.data.categories = this.categories.filter((c) => c.id !== sourceId);
    });
    return { category: target, moved };
  }

  async deleteCategory(
    id: string,
    reassignTo: string | null | undefined,
  ): Promise<{ id: string; moved: number }> {
    this.category(id);
    const used = [...this.core.articles.allSummaries()].filter((s) => s.categoryId === id).length;
    if (used > 0 && !reassignTo) {
      throw new AppError(
        'conflict',
        `${used} article(s) are in this category; choose a category to move them to.`,
        { usage: used },
      );
    }
    if (reassignTo) {
      const { moved } = await this.mergeCategories(id, reassignTo);
      return { id, moved };
    }
    await this.saveCategories(() => {
      this.core.meta.data.categories = this.categories.filter((c) => c.id !== id);
    });
    return { id, moved: 0 };
  }

  categoryUsage(): { categoryId: string; usage: number }[] {
    const counts = new Map<string, number>();
    for (const s of this.core.articles.allSummaries()) {
      if (s.categoryId) counts.set(s.categoryId, (counts.get(s.categoryId) ?? 0) + 1);
    }
    return this.categories.map((c) => ({ categoryId: c.id, usage: counts.get(c.id) ?? 0 }));
  }

  private checkDuplicateForms(
    tag: Pick<Tag, 'name' | 'aliases' | 'kind'>,
    exceptId?: string,
  ): void {
    const forms = new Set([foldWord(tag.name.en), foldWord(tag.name.ru)]);
    const clash = this.tags.find(
      (t) =>
        t.id !== exceptId &&
        t.kind === tag.kind &&
        (forms.has(foldWord(t.name.en)) || forms.has(foldWord(t.name.ru))),
    );
    if (clash) {
      throw new AppError('conflict', `A ${tag.kind} tag named "${clash.name.en}" already exists.`, {
        tagId: clash.id,
      });
    }
  }

  async createTag(input: Omit<Tag, 'id' | 'slug'> & { slug?: string | undefined }): Promise<Tag> {
    this.checkDuplicateForms(input);
    const slug = pickSlug(
      input.slug,
      input.name,
      (s) => this.tags.some((t) => t.slug === s),
      'tag',
    );
    const tag: Tag = {
      id: idFromSlug(slug, (id) => this.tags.some((t) => t.id === id)),
      kind: input.kind,
      name: input.name,
      aliases: input.aliases,
      slug,
    };
    await this.saveMeta(() => {
      this.core.meta.data.tags = [...this.tags, tag];
    });
    return tag;
  }

  async updateTag(id: string, change: Partial<Omit<Tag, 'id'>>): Promise<Tag> {
    const current = this.tag(id);
    if (
      change.slug &&
      change.slug !== current.slug &&
      this.tags.some((t) => t.slug === change.slug)
    ) {
      throw new AppError('conflict', `The slug "${change.slug}" is already in use.`, {
        field: 'slug',
      });
    }
    const next: Tag = {
      ...current,
      ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)),
    };
    this.checkDuplicateForms(next, id);
    await this.saveMeta(() => {
      this.core.meta.data.tags = this.tags.map((t) => (t.id === id ? next : t));
    });
    return next;
  }

  /**
   * Every article tagged with a source gets the target instead (once); the sources' names
   * become the target's aliases, so the tagger still finds them; then the sources go.
   */
  async mergeTags(sourceIds: string[], targetId: string): Promise<{ tag: Tag; moved: number }> {
    if (sourceIds.includes(targetId))
      throw new AppError('invalid_input', 'A tag cannot be merged into itself.');
    const sources = sourceIds.map((id) => this.tag(id));
    const target = this.tag(targetId);
    const from = new Set(sourceIds);
    const moved = await this.rewriteArticles(
      (s) => s.tagIds.some((id) => from.has(id)),
      (article) => {
        const tagIds: string[] = [];
        for (const id of article.tagIds) {
          const next = from.has(id) ? targetId : id;
          if (!tagIds.includes(next)) tagIds.push(next);
        }
        return { ...article, tagIds };
      },
    );
    const merged: Tag = { ...target, aliases: mergedAliases(target, sources) };
    await this.saveMeta(() => {
      this.core.meta.data.tags = this.tags
        .filter((t) => !from.has(t.id))
        .map((t) => (t.id === targetId ? merged : t));
    });
    return { tag: merged, moved };
  }

  async deleteTag(id: string): Promise<{ id: string; removedFrom: number }> {
    this.tag(id);
    const removedFrom = await this.rewriteArticles(
      (s) => s.tagIds.includes(id),
      (article) => ({ ...article, tagIds: article.tagIds.filter((t) => t !== id) }),
    );
    await this.saveMeta(() => {
      this.core.meta.data.tags = this.tags.filter((t) => t.id !== id);
    });
    return { id, removedFrom };
  }

  tagUsage(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const s of this.core.articles.allSummaries()) {
      for (const id of s.tagIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }

  searchTags(
    text: string,
    kind: Tag['kind'] | undefined,
    limit: number,
  ): { tag: Tag; usage: number }[] {
    const query = foldWord(text.trim());
    const usage = this.tagUsage();
    return this.tags
      .filter(
        (t) =>
          (!kind || t.kind === kind) &&
          (!query || tagForms(t).some((f) => f.includes(query)) || t.slug.includes(query)),
      )
      .map((tag) => ({ tag, usage: usage.get(tag.id) ?? 0 }))
      .sort((a, b) => b.usage - a.usage || a.tag.name.en.localeCompare(b.tag.name.en))
      .slice(0, limit);
  }

  /** The gazetteer, each place with the tag that already stands for it (by name or alias). */
  gazetteer(): {
    key: string;
    type: 'country' | 'capital' | 'city';
    name: Tag['name'];
    aliases: string[];
    tagId: string | null;
  }[] {
    const byForm = new Map<string, string>();
    for (const tag of this.tags)
      if (tag.kind === 'place') for (const form of tagForms(tag)) byForm.set(form, tag.id);
    return GAZETTEER.map((place) => ({
      key: place.key,
      type: place.type,
      name: { en: place.en, ru: place.ru },
      aliases: place.aliases,
      tagId: byForm.get(foldWord(place.en)) ?? byForm.get(foldWord(place.ru)) ?? null,
    }));
  }

  /** Adds gazetteer places as place tags; places the store already has are skipped. */
  async adoptGazetteer(keys: string[] | undefined): Promise<{ added: number; skipped: number }> {
    const wanted = keys ? new Set(keys) : null;
    const unknown = keys?.filter((k) => !GAZETTEER.some((p) => p.key === k)) ?? [];
    if (unknown.length)
      throw new AppError('invalid_input', `Not in the gazetteer: ${unknown.join(', ')}.`);
    const entries = this.gazetteer().filter((e) => !wanted || wanted.has(e.key));
    const fresh = entries.filter((e) => e.tagId === null);
    const takenSlugs = new Set(this.tags.map((t) => t.slug));
    const takenIds = new Set(this.tags.map((t) => t.id));
    const added: Tag[] = fresh.map((entry) => {
      const slug = uniqueSlug(slugify(entry.name.en) || entry.key, (s) => takenSlugs.has(s));
      takenSlugs.add(slug);
      const id = idFromSlug(slug, (i) => takenIds.has(i));
      takenIds.add(id);
      return { id, kind: 'place', name: entry.name, aliases: entry.aliases, slug };
    });
    if (added.length) {
      await this.saveMeta(() => {
        this.core.meta.data.tags = [...this.tags, ...added];
      });
    }
    return { added: added.length, skipped: entries.length - added.length };
  }
}
