/**
 * The save state of the open article as a small store of its own. Only the status line
 * subscribes, so the keystroke that turns "saved at 12:04" into "unsaved changes" renders
 * one span in that keystroke's frame instead of re-rendering the whole editor screen.
 */
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

export interface SaveStateStore {
  get: () => SaveState;
  set: (next: SaveState) => void;
  /** For useSyncExternalStore: calls the listener after each change, returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
}

export function createSaveStateStore(initial: SaveState): SaveStateStore {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (next) => {
      current = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
