/** An instant shown in the newsroom's time zone, and in the user's own when the clocks differ. */
import { useTranslation } from 'react-i18next';
import { useDesk } from '../../app/desk-context';
import { formatInZone, userTimeZone, zonesDiffer } from './zoned-format';

export function ZonedTime({ instant }: { instant: string }) {
  const { t, i18n } = useTranslation();
  const { settings } = useDesk();
  const zone = settings.timeZone;
  const mine = userTimeZone();
  return (
    <span className="zoned-time">
      <time dateTime={instant}>
        {t('workflow.zone.newsroom', {
          time: formatInZone(instant, i18n.language, zone),
          zone,
        })}
      </time>
      {zonesDiffer(instant, zone) && (
        <span className="zoned-time-user">
          {t('workflow.zone.yours', {
            time: formatInZone(instant, i18n.language, mine),
            zone: mine,
          })}
        </span>
      )}
    </span>
  );
}
