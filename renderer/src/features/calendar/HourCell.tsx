/** One hour of one newsroom day: a drop target for scheduling. */
import { useDroppable } from '@dnd-kit/core';
import type { ReactNode } from 'react';
import { slotId } from './calendar-days';

export interface SlotData {
  date: string;
  hour: number;
  label: string;
}

export function HourCell({
  date,
  hour,
  label,
  children,
}: {
  date: string;
  hour: number;
  label: string;
  children: ReactNode;
}) {
  const { setNodeRef, isOver } = useDroppable({
    id: slotId(date, hour),
    data: { date, hour, label } satisfies SlotData,
  });
  return (
    <div
      ref={setNodeRef}
      className={`hour-cell${isOver ? ' over' : ''}`}
      role="group"
      aria-label={label}
      data-slot={`${date}T${String(hour).padStart(2, '0')}`}
    >
      {children}
    </div>
  );
}
