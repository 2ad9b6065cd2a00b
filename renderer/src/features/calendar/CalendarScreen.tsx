/**
 * The desk chief's calendar: day and week views by hour in the newsroom's zone, the lane
 * of edited articles without a slot, drag (pointer or keyboard) to schedule and
 * reschedule, filters, day notes and top-story conflicts. Editors see it all but cannot
 * move anything: the core would refuse, so the UI does not offer it.
 */
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDate, toLocalMinute, type FoldChoice as Choice } from '@shared/zoned-time';
import { call } from '../../bridge/transport';
import { useDesk } from '../../app/desk-context';
import { FoldChoice } from '../workflow/FoldChoice';
import { foldCandidates, type FoldCandidates } from '../workflow/schedule-error';
import { userTimeZone } from '../workflow/zoned-format';
import { CalendarFilters, type CalendarFilterValue } from './CalendarFilters';
import { CalendarGrid } from './CalendarGrid';
import type { CardData } from './CalendarCard';
import { dayLabel, stepAnchor, visibleDays, type CalendarView } from './calendar-days';
import { gridCoordinates } from './grid-keyboard';
import type { SlotData } from './HourCell';
import { TopStoryWarnings } from './TopStoryWarnings';
import { UnscheduledLane } from './UnscheduledLane';
import { useCalendar } from './use-calendar';

interface PendingDrop {
  id: string;
  local: string;
  withTwin: boolean;
  candidates: FoldCandidates;
}

export function CalendarScreen() {
  const { t, i18n } = useTranslation();
  const { settings } = useDesk();
  const zone = settings.timeZone;
  const canMove = settings.profile.role === 'desk_chief';
  const today = localDate(new Date(), zone);
  const [view, setView] = useState<CalendarView>('week');
  const [anchor, setAnchor] = useState(today);
  const [filters, setFilters] = useState<CalendarFilterValue>({});
  const [pending, setPending] = useState<PendingDrop | null>(null);
  const [twins, setTwins] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const days = visibleDays(anchor, view);
  const first = days[0] ?? anchor;
  const {
    data,
    error: loadError,
    reload,
  } = useCalendar({ from: first, days: days.length, ...filters }, dragging);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: gridCoordinates,
      keyboardCodes: { start: ['Space', 'Enter'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  const headlineOf = (data: unknown): string => {
    const card = data as CardData | undefined;
    return card?.article.headline || t('desk.untitled');
  };
  const slotLabel = (data: unknown): string => (data as SlotData | undefined)?.label ?? '';
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t('calendar.dnd.start', { headline: headlineOf(active.data.current) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('calendar.dnd.over', {
            headline: headlineOf(active.data.current),
            slot: slotLabel(over.data.current),
          })
        : t('calendar.dnd.outside', { headline: headlineOf(active.data.current) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('calendar.dnd.drop', {
            headline: headlineOf(active.data.current),
            slot: slotLabel(over.data.current),
          })
        : t('calendar.dnd.cancel', { headline: headlineOf(active.data.current) }),
    onDragCancel: ({ active }) =>
      t('calendar.dnd.cancel', { headline: headlineOf(active.data.current) }),
  };

  const schedule = async (
    id: string,
    local: string,
    withTwin: boolean,
    choice?: Choice,
  ): Promise<void> => {
    setError(null);
    try {
      await call('workflow:schedule', { id, local, withTwin, ...(choice ? { choice } : {}) });
      setPending(null);
      reload();
    } catch (caught) {
      const candidates = foldCandidates(caught);
      if (candidates) setPending({ id, local, withTwin, candidates });
      else setError((caught as Error).message);
    }
  };

  const onDragEnd = ({ active, over }: DragEndEvent): void => {
    setDragging(false);
    const card = active.data.current as CardData | undefined;
    const slot = over?.data.current as SlotData | undefined;
    if (!card || !slot) return;
    const local = `${slot.date}T${String(slot.hour).padStart(2, '0')}:${card.minute}`;
    // Dropped back where it was: nothing to reschedule.
    if (card.article.publishAt && toLocalMinute(card.article.publishAt, zone) === local) return;
    void schedule(card.article.id, local, twins && card.article.twinId !== null);
  };

  const notes = useMemo(
    () => new Map((data?.notes ?? []).map((note) => [note.date, note.text])),
    [data],
  );
  const conflictIds = useMemo(() => new Set((data?.conflicts ?? []).flatMap((c) => c.ids)), [data]);
  const mine = userTimeZone();
  const zoneLine =
    mine === zone ? t('calendar.zone', { zone }) : t('calendar.zoneDiffers', { zone, mine });
  const rangeLabel =
    days.length === 1
      ? dayLabel(first, i18n.language)
      : `${dayLabel(first, i18n.language, 'short')} – ${dayLabel(days[days.length - 1] ?? first, i18n.language, 'short')}`;

  return (
    <section className="calendar" aria-label={t('calendar.title')}>
      <div className="calendar-toolbar">
        <div role="group" aria-label={t('calendar.title')} className="segmented">
          {(['day', 'week'] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={view === option}
              onClick={() => setView(option)}
            >
              {t(`calendar.views.${option}`)}
            </button>
          ))}
        </div>
        <button type="button" onClick={() => setAnchor(stepAnchor(anchor, view, -1))}>
          ← {t('calendar.previous')}
        </button>
        <button type="button" onClick={() => setAnchor(today)}>
          {t('calendar.today')}
        </button>
        <button type="button" onClick={() => setAnchor(stepAnchor(anchor, view, 1))}>
          {t('calendar.next')} →
        </button>
        {canMove && (
          <label className="inline-check">
            <input type="checkbox" checked={twins} onChange={(e) => setTwins(e.target.checked)} />
            {t('calendar.twins')}
          </label>
        )}
        <strong aria-live="polite">{t('calendar.range', { range: rangeLabel })}</strong>
        <span className="notice">{zoneLine}</span>
      </div>
      <CalendarFilters value={filters} authors={data?.authors ?? []} onChange={setFilters} />
      <TopStoryWarnings conflicts={data?.conflicts ?? []} zone={zone} />
      {pending && (
        <FoldChoice
          candidates={pending.candidates}
          onChoose={(choice) => void schedule(pending.id, pending.local, pending.withTwin, choice)}
          onCancel={() => setPending(null)}
        />
      )}
      {(error ?? loadError) && (
        <p className="notice notice-error" role="alert">
          {error ?? loadError}
        </p>
      )}
      <DndContext
        sensors={sensors}
        onDragStart={() => setDragging(true)}
        onDragCancel={() => setDragging(false)}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: t('calendar.dnd.instructions') },
        }}
      >
        <div className="calendar-layout">
          <UnscheduledLane articles={data?.unscheduled ?? []} canMove={canMove} />
          <CalendarGrid
            days={days}
            placed={data?.placed ?? []}
            notes={notes}
            zone={zone}
            today={today}
            canMove={canMove}
            conflictIds={conflictIds}
          />
        </div>
      </DndContext>
    </section>
  );
}
