/** Handlers for the taxonomy: categories, tags and the gazetteer. */
import type { taxonomyChannels } from '../../../shared/contract/taxonomy.js';
import type { Core } from '../core.js';
import type { HandlerMap } from './types.js';

export function taxonomyHandlers(core: Core): HandlerMap<typeof taxonomyChannels> {
  const taxonomy = core.taxonomy;
  const tagsChanged = <T>(value: T): T => {
    core.tagger.tagsChanged();
    return value;
  };
  return {
    'categories:create': async ({ name, slug }) => taxonomy.createCategory(name, slug),
    'categories:update': async ({ id, name, slug }) =>
      taxonomy.updateCategory(id, { ...(name ? { name } : {}), ...(slug ? { slug } : {}) }),
    'categories:reorder': async ({ ids }) => taxonomy.reorderCategories(ids),
    'categories:merge': async ({ sourceId, targetId }) =>
      taxonomy.mergeCategories(sourceId, targetId),
    'categories:delete': async ({ id, reassignTo }) => taxonomy.deleteCategory(id, reassignTo),
    'categories:usage': async () => taxonomy.categoryUsage(),
    'tags:create': async (input) => tagsChanged(await taxonomy.createTag(input)),
    'tags:update': async ({ id, ...change }) => tagsChanged(await taxonomy.updateTag(id, change)),
    'tags:merge': async ({ sourceIds, targetId }) =>
      tagsChanged(await taxonomy.mergeTags(sourceIds, targetId)),
    'tags:delete': async ({ id }) => tagsChanged(await taxonomy.deleteTag(id)),
    'tags:search': async ({ text, kind, limit }) => taxonomy.searchTags(text, kind, limit),
    'gazetteer:list': async () => taxonomy.gazetteer(),
    'gazetteer:adopt': async ({ keys }) => tagsChanged(await taxonomy.adoptGazetteer(keys)),
  };
}
