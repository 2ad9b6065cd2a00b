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
import {
  checkConnection,
  reportConnection,
  setConnectionProbe,
  type ConnectionState,
} from './connection';

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
    if (source && source.readyState !== EventSource.CLOSED) return;
    source?.close();
    source = new EventSource('/api/events');
    source.onmessage = (message: MessageEvent<string>) => {
      try {
        const { name, payload } = JSON.parse(message.data) as { name: EventName; payload: unknown };
        for (const listener of listeners.get(name) ?? []) listener(payload);
      } catch {
        // A malformed frame is dropped; the next one may be fine.
      }
    };
    // The stream breaks when the server stops: find out at once rather than at the next call.
    source.onerror = () => checkConnection();
  };
  /** One call over HTTP, with what it tells about the connection. */
  const post = async (
    channel: Channel,
    payload: unknown,
  ): Promise<{ result: Result<unknown>; state: ConnectionState }> => {
    const unavailable = (message: string, state: ConnectionState) => ({
      result: { ok: false as const, error: { code: 'unavailable' as const, message } },
      state,
    });
    let response: Response;
    try {
      response = await fetch('/api/dispatch', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ channel, payload }),
        credentials: 'same-origin',
      });
    } catch {
      return unavailable('The desk server cannot be reached.', 'unreachable');
    }
    // A server restarted with a new token does not know this page's session cookie.
    if (response.status === 401)
      return unavailable('The desk server does not know this session.', 'session_expired');
    if (response.status !== 200) {
      const body = (await response.json().catch(() => null)) as Result<unknown> | null;
      if (body && !body.ok) return { result: body, state: 'online' };
      return unavailable(`The desk server answered ${response.status}.`, 'unreachable');
    }
    return { result: (await response.json()) as Result<unknown>, state: 'online' };
  };
  setConnectionProbe(async () => {
    const { state } = await post('app:status', {});
    if (state === 'online' && listeners.size > 0) connect();
    return state;
  });
  return {
    kind: 'browser',
    dispatch: async (channel, payload) => {
      const { result, state } = await post(channel, payload);
      reportConnection(state);
      return result;
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
