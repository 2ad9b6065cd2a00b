/**
 * Finds known tags in a text through their names and aliases in any script and any
 * inflection: both sides are cut into words and stemmed, so "Азербайджаном" meets the tag
 * named "Азербайджан". Pure: the index is built from the tags, the text goes in, mentions
 * come out.
 */
import type { Tag } from '../../../shared/domain.js';
import { stemName } from './stemmer.js';
import { foldWord, words } from './text-features.js';

export interface TagMention {
  tagId: string;
  mentions: number;
  /** The first form seen in the text, for showing why. */
  form: string;
}

interface Phrase {
  tagId: string;
  stems: string[];
  /** Names that start with a capital letter only match capitalised words ("Georgia", not "груз"). */
  proper: boolean;
}

export interface TextToken {
  raw: string;
  stem: string;
  capitalised: boolean;
}

const stemCache = new Map<string, string>();

function cachedStem(raw: string): string {
  let stem = stemCache.get(raw);
  if (stem === undefined) {
    stem = stemName(foldWord(raw));
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(raw, stem);
  }
  return stem;
}

export function tokenizeForMatching(text: string): TextToken[] {
  return words(text).map((raw) => ({
    raw,
    stem: cachedStem(raw),
    capitalised: /^\p{Lu}/u.test(raw),
  }));
}

export class TagMatcher {
  private readonly byFirstStem = new Map<string, Phrase[]>();

  constructor(tags: readonly Tag[]) {
    for (const tag of tags) {
      const surfaces = new Set([tag.name.en, tag.name.ru, ...tag.aliases]);
      for (const surface of surfaces) {
        const parts = words(surface);
        if (parts.length === 0) continue;
        const stems = parts.map((part) => stemName(foldWord(part)));
        // Very short stems ("ес" from "ЕС") match too much unless the name is an acronym.
        if (stems.join('').length < 2) continue;
        const phrase: Phrase = {
          tagId: tag.id,
          stems,
          proper: /^\p{Lu}/u.test(parts[0] as string),
        };
        const list = this.byFirstStem.get(stems[0] as string) ?? [];
        list.push(phrase);
        this.byFirstStem.set(stems[0] as string, list);
      }
    }
    for (const list of this.byFirstStem.values())
      list.sort((a, b) => b.stems.length - a.stems.length);
  }

  match(tokens: readonly TextToken[]): TagMention[] {
    const found = new Map<string, TagMention>();
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as TextToken;
      const phrases = this.byFirstStem.get(token.stem);
      if (!phrases) continue;
      for (const phrase of phrases) {
        if (phrase.proper && !token.capitalised) continue;
        let ok = true;
        for (let k = 1; k < phrase.stems.length; k++) {
          if (tokens[i + k]?.stem !== phrase.stems[k]) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        const form = tokens
          .slice(i, i + phrase.stems.length)
          .map((t) => t.raw)
          .join(' ');
        const mention = found.get(phrase.tagId);
        if (mention) mention.mentions++;
        else found.set(phrase.tagId, { tagId: phrase.tagId, mentions: 1, form });
        i += phrase.stems.length - 1;
        break;
      }
    }
    return [...found.values()].sort((a, b) => b.mentions - a.mentions);
  }
}
