/**
 * A value with subscribers, outside React state: the component that reads it subscribes
 * (useSyncExternalStore), so a change renders that component alone, not the screen that
 * owns the store. The editor keeps its save state and the body's text this way.
 */
export interface ValueStore<T> {
  get: () => T;
  set: (next: T) => void;
  /** For useSyncExternalStore: calls the listener after each change, returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
}

export function createValueStore<T>(initial: T): ValueStore<T> {
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
