/**
 * Helpers to declare channels. A channel is `domain:verb`, paired with the schema of its
 * request and of its response; each domain module declares its own map and the index
 * merges them with a duplicate-name guard.
 */
import type { z } from 'zod';

export interface ChannelSpec<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  request: Req;
  response: Res;
}

export type ChannelMap = Record<`${string}:${string}`, ChannelSpec>;

export function channels<const M extends ChannelMap>(map: M): M {
  for (const name of Object.keys(map)) {
    if (!/^[a-z]+:[a-zA-Z]+$/.test(name)) throw new Error(`bad channel name ${name}`);
  }
  return map;
}

/** Merges domain maps; a channel declared twice is a programming error caught at start. */
export function mergeChannels<const Maps extends readonly ChannelMap[]>(
  ...maps: Maps
): UnionToIntersection<Maps[number]> {
  const merged: ChannelMap = {};
  for (const map of maps) {
    for (const [name, spec] of Object.entries(map)) {
      if (name in merged) throw new Error(`channel ${name} is declared twice`);
      merged[name as keyof ChannelMap] = spec;
    }
  }
  return merged as UnionToIntersection<Maps[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (
  k: infer I,
) => void
  ? I
  : never;
