/** The editor's save-state store: subscribers hear each change until they unsubscribe. */
import { describe, expect, it } from 'vitest';
import { createSaveStateStore } from '../../../renderer/src/features/editor/save-state';

describe('the save-state store', () => {
  it('returns the newest state and tells each subscriber of every change', () => {
    const store = createSaveStateStore({ kind: 'loading' });
    const seen: string[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.get().kind));
    store.set({ kind: 'clean' });
    store.set({ kind: 'dirty' });
    expect(store.get()).toEqual({ kind: 'dirty' });
    expect(seen).toEqual(['clean', 'dirty']);
    unsubscribe();
    store.set({ kind: 'saving' });
    expect(seen).toEqual(['clean', 'dirty']);
    expect(store.get().kind).toBe('saving');
  });

  it('lets a listener unsubscribe while being told, without skipping the others', () => {
    const store = createSaveStateStore({ kind: 'clean' });
    const calls: string[] = [];
    const first = store.subscribe(() => {
      calls.push('first');
      first();
    });
    store.subscribe(() => calls.push('second'));
    store.set({ kind: 'dirty' });
    store.set({ kind: 'saving' });
    expect(calls).toEqual(['first', 'second', 'second']);
  });
});
