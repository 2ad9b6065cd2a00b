/**
 * The calendar's top-story warnings: articles scheduled to take the home page's top story
 * in the same hour, and a pinned top story that would still hold it when scheduled
 * articles go live (one warning per pin, however many articles it holds back).
 */
import { useTranslation } from 'react-i18next';
import type { SlotConflict } from '@shared/contract/workflow';
import type { Language } from '@shared/domain';
import { formatInZone } from '../workflow/zoned-format';

interface TopStoryWarningsProps {
  conflicts: SlotConflict[];
  zone: string;
}

interface PinGroup {
  pinned: NonNullable<SlotConflict['pinned']>;
  language: Language;
  held: Set<string>;
  first: string;
}

export function TopStoryWarnings({ conflicts, zone }: TopStoryWarningsProps) {
  const { t, i18n } = useTranslation();
  const pins = new Map<string, PinGroup>();
  for (const conflict of conflicts) {
    const { pinned } = conflict;
    if (!pinned) continue;
    const group = pins.get(pinned.id) ?? {
      pinned,
      language: conflict.language,
      held: new Set<string>(),
      first: conflict.slot,
    };
    for (const id of conflict.ids) if (id !== pinned.id) group.held.add(id);
    if (conflict.slot < group.first) group.first = conflict.slot;
    pins.set(pinned.id, group);
  }
  return (
    <>
      {conflicts
        .filter((conflict) => !conflict.pinned)
        .map((conflict) => (
          <p
            key={`${conflict.language}-${conflict.slot}`}
            className="banner banner-warning"
            role="alert"
          >
            {t('calendar.conflict', {
              count: conflict.ids.length,
              language: t(`language.${conflict.language}`),
              time: formatInZone(conflict.slot, i18n.language, zone),
            })}
          </p>
        ))}
      {[...pins.values()].map((group) => (
        <p key={`pin-${group.pinned.id}`} className="banner banner-warning" role="alert">
          {t('calendar.pinned.conflict', {
            count: group.held.size,
            headline: group.pinned.headline,
            language: t(`language.${group.language}`),
            until: group.pinned.until
              ? t('calendar.pinned.until', {
                  time: formatInZone(group.pinned.until, i18n.language, zone),
                })
              : t('calendar.pinned.noEnd'),
            time: formatInZone(group.first, i18n.language, zone),
          })}
        </p>
      ))}
    </>
  );
}
