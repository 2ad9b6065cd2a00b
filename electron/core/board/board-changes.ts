/**
 * Pure edits of the zone list: place an article at a position (a drop, a pin, "add to
 * zone"), take it out, hide it, and the zone settings. Each returns new zones and never
 * touches the input; the service checks versions and permissions and stores the result.
 */
import type { Zone, ZoneEntry, ZoneView } from '../../../shared/board.js';
import { AppError } from '../../../shared/errors.js';

export interface PlaceInput {
  zoneId: string;
  articleId: string;
  position: number;
  until: string | null;
  /** The zone the card was dragged from, if any: it leaves that zone. */
  fromZoneId: string | null;
  now: string;
}

export function findZone(zones: readonly Zone[], zoneId: string): Zone {
  const zone = zones.find((z) => z.id === zoneId);
  if (!zone) throw new AppError('not_found', `No board zone with id ${zoneId}.`);
  return zone;
}

function withoutArticle(entries: readonly ZoneEntry[], articleId: string): ZoneEntry[] {
  return entries.filter((entry) => entry.articleId !== articleId);
}

/**
 * Puts an article at `position` of a zone as the desk sees it: the zone's shown list with
 * the article inserted there; every manual card keeps the place it then has, auto-filled
 * cards close up around them. A zone whose slots are all placed by hand refuses.
 */
export function placeArticle(zones: readonly Zone[], view: ZoneView, input: PlaceInput): Zone[] {
  const target = findZone(zones, input.zoneId);
  const list = view.items
    .filter((item) => item.article.id !== input.articleId)
    .map((item) => ({
      articleId: item.article.id,
      manual: item.source === 'manual',
      until: item.until,
    }));
  const manualBefore = list.filter((item) => item.manual).length;
  if (manualBefore >= target.capacity) {
    throw new AppError(
      'conflict',
      `${target.name} is full: it holds ${target.capacity} article${target.capacity === 1 ? '' : 's'} placed by hand. Take one out first.`,
      { reason: 'zone_full', zoneId: target.id, capacity: target.capacity },
    );
  }
  const at = Math.max(0, Math.min(input.position, list.length, target.capacity - 1));
  list.splice(at, 0, { articleId: input.articleId, manual: true, until: input.until });
  // Auto-filled cards give way from the end so every manual card keeps a slot.
  while (list.length > target.capacity) {
    const lastAuto = list.map((item) => item.manual).lastIndexOf(false);
    list.splice(lastAuto, 1);
  }
  const previousEntries = new Map(target.entries.map((entry) => [entry.articleId, entry]));
  const shown = new Set(view.items.map((item) => item.article.id));
  const placed: ZoneEntry[] = list.flatMap((item, position) =>
    item.manual
      ? [
          {
            articleId: item.articleId,
            position,
            until: item.until,
            addedAt:
              item.articleId === input.articleId
                ? input.now
                : (previousEntries.get(item.articleId)?.addedAt ?? input.now),
          },
        ]
      : [],
  );
  // Entries not shown now but still live (e.g. under embargo) keep their place; expired ones go.
  const dormant = target.entries.filter(
    (entry) =>
      !shown.has(entry.articleId) &&
      entry.articleId !== input.articleId &&
      (entry.until === null || entry.until > input.now),
  );
  return zones.map((zone) => {
    if (zone.id === target.id) {
      return {
        ...zone,
        entries: [...placed, ...dormant],
        hidden: zone.hidden.filter((id) => id !== input.articleId),
      };
    }
    const leaves =
      zone.id === input.fromZoneId ||
      (zone.language === target.language && !target.allowDuplicates && !zone.allowDuplicates);
    return leaves && zone.entries.some((entry) => entry.articleId === input.articleId)
      ? { ...zone, entries: withoutArticle(zone.entries, input.articleId) }
      : zone;
  });
}

/** Takes a placed article out of a zone; if the rule picks it, it comes back as auto-fill. */
export function removeArticle(zones: readonly Zone[], zoneId: string, articleId: string): Zone[] {
  findZone(zones, zoneId);
  return zones.map((zone) =>
    zone.id === zoneId ? { ...zone, entries: withoutArticle(zone.entries, articleId) } : zone,
  );
}

export const MAX_HIDDEN_PER_ZONE = 200;

/** Hides an article from a zone (or shows it again): auto-fill skips hidden articles. */
export function setHidden(
  zones: readonly Zone[],
  zoneId: string,
  articleId: string,
  hidden: boolean,
): Zone[] {
  findZone(zones, zoneId);
  return zones.map((zone) => {
    if (zone.id !== zoneId) return zone;
    const rest = zone.hidden.filter((id) => id !== articleId);
    // The oldest hidden articles are forgotten first; by then they have left the rule's reach.
    return hidden
      ? {
          ...zone,
          entries: withoutArticle(zone.entries, articleId),
          hidden: [...rest, articleId].slice(-MAX_HIDDEN_PER_ZONE),
        }
      : { ...zone, hidden: rest };
  });
}

/** Takes an article out of every zone (it was unpublished, spiked or withdrawn). */
export function forgetArticle(zones: readonly Zone[], articleId: string): Zone[] {
  return zones.map((zone) =>
    zone.entries.some((entry) => entry.articleId === articleId) || zone.hidden.includes(articleId)
      ? {
          ...zone,
          entries: withoutArticle(zone.entries, articleId),
          hidden: zone.hidden.filter((id) => id !== articleId),
        }
      : zone,
  );
}

export interface ZoneSettingsChange {
  name?: string | undefined;
  capacity?: number | undefined;
  autoFill?: boolean | undefined;
  categoryId?: string | null | undefined;
  allowDuplicates?: boolean | undefined;
}

export function updateZone(
  zones: readonly Zone[],
  view: ZoneView,
  zoneId: string,
  change: ZoneSettingsChange,
): Zone[] {
  const zone = findZone(zones, zoneId);
  if (zone.kind === 'top' && change.capacity !== undefined && change.capacity !== 1) {
    throw new AppError('invalid_input', 'The top story holds exactly one article.', {
      field: 'capacity',
    });
  }
  if (change.capacity !== undefined && change.capacity < view.manualCount) {
    throw new AppError(
      'invalid_input',
      `${zone.name} holds ${view.manualCount} articles placed by hand; take some out before lowering its capacity to ${change.capacity}.`,
      { field: 'capacity' },
    );
  }
  const next: Zone = {
    ...zone,
    ...(change.name !== undefined ? { name: change.name } : {}),
    ...(change.capacity !== undefined ? { capacity: change.capacity } : {}),
    ...(change.autoFill !== undefined ? { autoFill: change.autoFill } : {}),
    ...(change.categoryId !== undefined ? { categoryId: change.categoryId } : {}),
    ...(change.allowDuplicates !== undefined ? { allowDuplicates: change.allowDuplicates } : {}),
  };
  return zones.map((z) => (z.id === zoneId ? next : z));
}

export function addZone(zones: readonly Zone[], zone: Zone, index: number | null): Zone[] {
  const sameLanguage = zones.filter((z) => z.language === zone.language);
  const at =
    index === null ? sameLanguage.length : Math.max(0, Math.min(index, sameLanguage.length));
  return reorderWithin(zones, zone.language, [
    ...sameLanguage.slice(0, at),
    zone,
    ...sameLanguage.slice(at),
  ]);
}

export function removeZone(zones: readonly Zone[], zoneId: string): Zone[] {
  const zone = findZone(zones, zoneId);
  if (zone.kind === 'top' || zone.kind === 'featured' || zone.kind === 'latest') {
    throw new AppError(
      'invalid_input',
      `${zone.name} is part of every home page and cannot be removed; rename it or change its rules instead.`,
    );
  }
  return zones.filter((z) => z.id !== zoneId);
}

/** Moves a zone to `index` among the zones of its language (board order = page order). */
export function moveZone(zones: readonly Zone[], zoneId: string, index: number): Zone[] {
  const zone = findZone(zones, zoneId);
  const others = zones.filter((z) => z.language === zone.language && z.id !== zoneId);
  const at = Math.max(0, Math.min(index, others.length));
  return reorderWithin(zones, zone.language, [...others.slice(0, at), zone, ...others.slice(at)]);
}

/** Replaces the zones of one language by `ordered`, keeping the other language's zones first or last as they were. */
function reorderWithin(
  zones: readonly Zone[],
  language: Zone['language'],
  ordered: Zone[],
): Zone[] {
  const others = zones.filter((z) => z.language !== language);
  const firstIndex = zones.findIndex((z) => z.language === language);
  const othersFirst = firstIndex > 0 || (firstIndex === -1 && language === 'ru');
  return othersFirst ? [...others, ...ordered] : [...ordered, ...others];
}
