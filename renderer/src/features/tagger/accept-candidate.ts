/**
 * Turns a new-tag candidate into a tag of the store. A Cyrillic name gets a transliterated
 * English name to start from; a Latin name stands in both languages until someone edits it.
 */
import type { Tag } from '@shared/domain';
import { transliterate } from '@shared/slug';
import { BridgeError, call } from '../../bridge/transport';

const CYRILLIC = /[\u0400-\u04FF]/;

/** "касым-жомарт токаев" → "Kasym-Zhomart Tokaev": a starting point the desk can correct. */
export function englishNameFor(name: string): string {
  if (!CYRILLIC.test(name)) return name;
  return transliterate(name).replace(
    /(^|[\s-])(\p{L})/gu,
    (_m, before: string, letter: string) => before + letter.toUpperCase(),
  );
}

export async function createTagFromCandidate(candidate: {
  name: string;
  kind: Tag['kind'];
}): Promise<Tag> {
  try {
    return await call('tags:create', {
      kind: candidate.kind,
      name: { en: englishNameFor(candidate.name), ru: candidate.name },
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
