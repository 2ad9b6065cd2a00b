/**
 * The only code that knows how the UI reaches the core: Electron IPC through the preload's
 * `window.newsroom`, or the loopback bridge over HTTP in browser mode. Everything else
 * calls {@link call} and {@link onEvent}.
 */
import type {
  Channel,
  EventName,
  EventPayload,
  RequestOf,
  ResponseOf,
} from '@shared/contract/index';
import type { NewsroomApi } from '@shared/contract/preload-api';
import type { AppErrorValue, ErrorCode, Result } from '@shared/errors';

declare global {
  interface Window {
    newsroom?: NewsroomApi;
  }
}

/** An error value from the core (or `unavailable` when the core cannot be reached). */
export class BridgeError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(value: AppErrorValue) {
    super(value.message);
    this.name = 'BridgeError';
    this.code = value.code;
    this.details = value.details;
  }
}

type Listener = (payload: unknown) => void;

interface Transport {
  kind: 'electron' | 'browser';
  dispatch(channel: Channel, payload: unknown): Promise<Result<unknown>>;
  on(name: EventName, listener: Listener): () => void;
}

function electronTransport(api: NewsroomApi): Transport {
  return {
    kind: 'electron',
    dispatch: (channel, payload) =>
      (api.channels[channel] as (request: unknown) => Promise<Result<unknown>>)(payload),
    on: (name, listener) => api.on(name, listener as (payload: EventPayload<typeof name>) => void),
  };
}

function browserTransport(): Transport {
  const listeners = new Map<EventName, Set<Listener>>();
  let source: EventSource | null = null;
  const connect = (): void => {
    if (source) return;
    source = new EventSource('/api/events');
    source.onmessage = (message: MessageEvent<string>) => {
      try {
        const { name, payload } = JSON.parse(message.data) as { name: EventName; payload: unknown };
        for (const listener of listeners.get(name) ?? []) listener(payload);
      } catch {
        // A malformed frame is dropped; the next one may be fine.
      }
    };
  };
  return {
    kind: 'browser',
    dispatch: async (channel, payload) => {
      try {
        const response = await fetch('/api/dispatch', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ channel, payload }),
          credentials: 'same-origin',
        });
        if (!response.ok && response.status !== 200) {
          const body = (await response.json().catch(() => null)) as Result<unknown> | null;
          if (body && !body.ok) return body;
          return {
            ok: false,
            error: { code: 'unavailable', message: `The desk server answered ${response.status}.` },
          };
        }
        return (await response.json()) as Result<unknown>;
      } catch {
        return {
          ok: false,
          error: { code: 'unavailable', message: 'The desk server cannot be reached.' },
        };
      }
    },
    on: (name, listener) => {
      connect();
      const set = listeners.get(name) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(name, set);
      return () => set.delete(listener);
    },
  };
}

const transport: Transport = window.newsroom
  ? electronTransport(window.newsroom)
  : browserTransport();

export const shellKind = transport.kind;

/** Calls a channel; resolves to its value or rejects with a {@link BridgeError}. */
export async function call<C extends Channel>(
  channel: C,
  request: RequestOf<C>,
): Promise<ResponseOf<C>> {
  const result = await transport.dispatch(channel, request);
  if (!result.ok) throw new BridgeError(result.error);
  return result.value as ResponseOf<C>;
}

export function onEvent<E extends EventName>(
  name: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  return transport.on(name, listener as Listener);
}
