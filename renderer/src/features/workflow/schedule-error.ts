/** Reads the core's answer to a wall-clock time that happens twice (the fall-back fold). */
import { BridgeError } from '../../bridge/transport';

export interface FoldCandidates {
  local: string;
  earlier: string;
  later: string;
}

export function foldCandidates(error: unknown): FoldCandidates | null {
  if (!(error instanceof BridgeError) || error.code !== 'invalid_input') return null;
  const details = error.details as
    | { reason?: unknown; local?: unknown; candidates?: { earlier?: unknown; later?: unknown } }
    | undefined;
  if (details?.reason !== 'ambiguous_local_time') return null;
  const { earlier, later } = details.candidates ?? {};
  if (typeof earlier !== 'string' || typeof later !== 'string' || typeof details.local !== 'string')
    return null;
  return { local: details.local, earlier, later };
}
