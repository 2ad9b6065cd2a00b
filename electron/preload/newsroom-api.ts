/**
 * Builds `window.newsroom` from the contract: one function per channel, each invoking
 * exactly its own channel (no generic invoke is ever exposed), and `on(name, listener)`
 * that hands the listener the payload only, never the IPC event, and returns the
 * function that unsubscribes. Kept apart from preload.ts so it can be tested in Node.
 */
import { CHANNELS, EVENT_NAMES, type Channel } from '../../shared/contract/index.js';
import {
  eventIpcChannel,
  type NewsroomApi,
  type NewsroomChannels,
} from '../../shared/contract/preload-api.js';
import type { Result } from '../../shared/errors.js';

/** The parts of Electron's ipcRenderer the API uses. */
export interface IpcRendererLike {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

function channelFunction(
  ipc: IpcRendererLike,
  channel: Channel,
): (request: unknown) => Promise<Result<unknown>> {
  return async (request) => {
    try {
      return (await ipc.invoke(channel, request)) as Result<unknown>;
    } catch (error) {
      // Only a broken shell gets here (the handler itself answers with error values).
      return {
        ok: false,
        error: {
          code: 'unavailable',
          message: `The desktop shell did not answer ${channel}: ${error instanceof Error ? error.message : String(error)}`,
        },
      };
    }
  };
}

export function buildNewsroomApi(
  ipc: IpcRendererLike,
  channels: readonly Channel[] = CHANNELS,
): NewsroomApi {
  const functions: Record<string, (request: unknown) => Promise<Result<unknown>>> = {};
  for (const channel of channels) functions[channel] = channelFunction(ipc, channel);
  return {
    shell: 'electron',
    // Every channel of the contract is filled in just above.
    channels: functions as NewsroomChannels,
    on(name, listener) {
      if (!EVENT_NAMES.includes(name)) throw new Error(`unknown event ${String(name)}`);
      const ipcChannel = eventIpcChannel(name);
      const wrapped = (_event: unknown, payload: unknown): void =>
        listener(payload as Parameters<typeof listener>[0]);
      ipc.on(ipcChannel, wrapped);
      return () => {
        ipc.removeListener(ipcChannel, wrapped);
      };
    },
  };
}
