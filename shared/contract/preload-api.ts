/**
 * What the preload exposes as `window.newsroom`: one function per channel (nothing
 * generic), each resolving to the channel's result value, plus an event subscription
 * that hands over payloads only and returns its unsubscribe function.
 */
import type { Result } from '../errors.js';
import type { EventName, EventPayload } from './events.js';
import type { Channel, RequestOf, ResponseOf } from './index.js';

export type NewsroomChannels = {
  [C in Channel]: (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;
};

export interface NewsroomApi {
  channels: NewsroomChannels;
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Which shell runs the page: the desktop app, or a browser talking to the loopback bridge. */
  shell: 'electron';
}

/** The IPC channel on which the desktop shell forwards one core event to the page. */
export function eventIpcChannel(name: EventName): `event:${EventName}` {
  return `event:${name}`;
}
