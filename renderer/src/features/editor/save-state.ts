/**
 * The save state of the open article as a small store of its own. Only the status line
 * subscribes, so the keystroke that turns "saved at 12:04" into "unsaved changes" renders
 * one span in that keystroke's frame instead of re-rendering the whole editor screen.
 */
import { createValueStore, type ValueStore } from './value-store';

export type SaveState =
  | { kind: 'loading' }
  | { kind: 'clean' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'offline' }
  | { kind: 'conflict' }
  | { kind: 'restored' }
  | { kind: 'error'; message: string };

export type SaveStateStore = ValueStore<SaveState>;

export function createSaveStateStore(initial: SaveState): SaveStateStore {
  return createValueStore(initial);
}
