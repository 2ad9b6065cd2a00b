/** The export's progress as the core reports it (`export:progress` events). */
import { useEffect, useState } from 'react';
import type { EventPayload } from '@shared/contract/index';
import { onEvent } from '../../bridge/transport';

export type ExportProgressValue = EventPayload<'export:progress'>;

export function useExportProgress(): ExportProgressValue | null {
  const [progress, setProgress] = useState<ExportProgressValue | null>(null);
  useEffect(() => onEvent('export:progress', setProgress), []);
  return progress;
}
