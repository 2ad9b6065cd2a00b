/**
 * The board's zones (latest news, top story, featured, sections) as the export's
 * `SiteZonesSource`, computed over only the entries that can end up on the board. The board's zone function (board-reader.ts) sorts
 * and indexes whatever it is given; given every exported article it took a large part of
 * an incremental export's time, yet a zone can only ever reach a few dozen of the newest.
 */
import type { Zone } from '../../../shared/board.js';
import type { Language } from '../../../shared/domain.js';
import { boardLatestNews } from '../board/board-reader.js';
import type { SiteEntry, SiteZonesSource } from './site-model.js';

/**
 * The entries of `newest` (one language, newest first) that the zones of that language can
 * show: every pinned one, and for each auto-filled list (the whole language, or one
 * category) its first `reach` entries. Auto-fill walks a list newest first and skips only
 * articles that are hidden, already in the zone or claimed by another zone, so it never
 * looks further than all capacities plus all hidden articles. Entries published after
 * `now` are kept without counting: the board skips them, so they cannot use up the reach.
 * The walk stops once every list has its reach and every pinned entry is found; `has`
 * tells which pinned ids are in `newest` at all (without it, the walk stops only when
 * all of them are found).
 */
export function boardCandidates<E extends Pick<SiteEntry, 'id' | 'categoryId' | 'publishedAt'>>(
  zones: readonly Zone[],
  language: Language,
  newest: readonly E[],
  now: Date,
  has?: (id: string) => boolean,
): E[] {
  const mine = zones.filter((zone) => zone.language === language);
  const reach = mine.reduce((sum, zone) => sum + zone.capacity + zone.hidden.length, 0) + 1;
  const pinned = new Set(mine.flatMap((zone) => zone.entries.map((entry) => entry.articleId)));
  const filled = new Set(mine.filter((zone) => zone.autoFill).map((zone) => zone.categoryId));
  let pinnedLeft = 0;
  for (const id of pinned) if (!has || has(id)) pinnedLeft++;
  let listsLeft = filled.size;
  const at = now.toISOString();
  const seen = new Map<string | null, number>();
  const out: E[] = [];
  for (const entry of newest) {
    const counts = entry.publishedAt <= at;
    const inAll = seen.get(null) ?? 0;
    const inCategory = entry.categoryId === null ? reach : (seen.get(entry.categoryId) ?? 0);
    const isPinned = pinned.has(entry.id);
    if (isPinned) pinnedLeft--;
    if (
      isPinned ||
      (filled.has(null) && inAll < reach) ||
      (entry.categoryId !== null && filled.has(entry.categoryId) && inCategory < reach)
    ) {
      out.push(entry);
    }
    if (!counts) continue;
    seen.set(null, inAll + 1);
    if (inAll + 1 === reach && filled.has(null)) listsLeft--;
    if (entry.categoryId !== null) {
      seen.set(entry.categoryId, inCategory + 1);
      if (inCategory + 1 === reach && filled.has(entry.categoryId)) listsLeft--;
    }
    if (listsLeft === 0 && pinnedLeft <= 0) break;
  }
  return out;
}

/** Every curated place of the site as the board arranges it, for the export. */
export function boardLatestSource(zones: readonly Zone[], now: Date): SiteZonesSource {
  const source = boardLatestNews(zones, now);
  return {
    places: (language, newest, has) =>
      source.places(language, boardCandidates(zones, language, newest, now, has)),
  };
}
