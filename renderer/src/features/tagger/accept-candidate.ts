/** Turns a new-tag candidate into a tag of the store (the same name in both languages until edited). */
import type { Tag } from '@shared/domain';
import { BridgeError, call } from '../../bridge/transport';

export async function createTagFromCandidate(candidate: {
  name: string;
  kind: Tag['kind'];
}): Promise<Tag> {
  try {
    return await call('tags:create', {
      kind: candidate.kind,
      name: { en: candidate.name, ru: candidate.name },
    });
  } catch (caught) {
    // Someone made the same tag meanwhile: use theirs.
    const existing =
      caught instanceof BridgeError && caught.code === 'conflict'
        ? (caught.details as { tagId?: string } | undefined)?.tagId
        : undefined;
    if (existing) {
      const tags = await call('tags:list', {});
      const found = tags.find((tag) => tag.id === existing);
      if (found) return found;
    }
    throw caught;
  }
}
