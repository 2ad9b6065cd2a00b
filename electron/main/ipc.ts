/**
 * IPC registration: one `ipcMain.handle` per contract channel. Each call's sender is
 * checked (our page's top frame on app://newsroom) before its payload reaches
 * `core.dispatch`, which validates the payload itself. Core events go to the window on
 * their own `event:<name>` channels with the payload only.
 */
import {
  CHANNELS,
  EVENT_NAMES,
  type Channel,
  type EventName,
} from '../../shared/contract/index.js';
import { eventIpcChannel } from '../../shared/contract/preload-api.js';
import type { Result } from '../../shared/errors.js';
import { isTrustedSender, type SenderFrame } from './security.js';

/** The parts of an IPC invoke event the sender check reads (Electron's IpcMainInvokeEvent). */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

export type Dispatch = (channel: Channel, payload: unknown) => Promise<Result<unknown>>;

/** The frame behind an invoke event, or null when it is gone (navigated away or destroyed). */
export function senderFrameOf(event: InvokeEventLike): SenderFrame | null {
  try {
    const frame = event.senderFrame;
    return frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
  } catch {
    return null;
  }
}

export const FORBIDDEN_SENDER: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This page may not call the newsroom core.' },
};

/** One IPC call: refuse untrusted senders, otherwise hand the payload to dispatch. */
export async function handleInvoke(
  dispatch: Dispatch,
  channel: Channel,
  event: InvokeEventLike,
  payload: unknown,
): Promise<Result<unknown>> {
  if (!isTrustedSender(senderFrameOf(event))) return FORBIDDEN_SENDER;
  return dispatch(channel, payload);
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, payload: unknown) => unknown): void;
  removeHandler(channel: string): void;
}

/** Registers every contract channel; returns a function that removes them again. */
export function registerContractHandlers(
  ipc: IpcMainLike,
  dispatch: Dispatch,
  channels: readonly Channel[] = CHANNELS,
): () => void {
  for (const channel of channels) {
    ipc.handle(channel, (event, payload) => handleInvoke(dispatch, channel, event, payload));
  }
  return () => {
    for (const channel of channels) ipc.removeHandler(channel);
  };
}

export interface EventTarget {
  send(channel: string, payload: unknown): void;
  isDestroyed(): boolean;
}

/** Forwards a core event to the window, if it is still there. */
export function forwardEvent(target: EventTarget | null, name: EventName, payload: unknown): void {
  if (!target || target.isDestroyed()) return;
  if (!EVENT_NAMES.includes(name)) return;
  target.send(eventIpcChannel(name), payload);
}
