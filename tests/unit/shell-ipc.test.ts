/**
 * IPC in the desktop shell: every contract channel is registered, untrusted senders are
 * refused before anything reaches the core, trusted calls reach the real core (a temp
 * store), and core events go out on their own channel with the payload only.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.js';
import {
  FORBIDDEN_SENDER,
  forwardEvent,
  handleInvoke,
  registerContractHandlers,
  senderFrameOf,
  type InvokeEventLike,
  type IpcMainLike,
} from '../../electron/main/ipc.js';
import { CHANNELS, type Channel } from '../../shared/contract/index.js';
import { makeTempDir, openTestCore } from '../helpers/temp-store.js';

type Listener = (event: InvokeEventLike, payload: unknown) => unknown;

/** Records handlers the way ipcMain keeps them: one per channel, a second is an error. */
class RecordingIpc implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  invoke(channel: string, event: InvokeEventLike, payload: unknown): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return Promise.resolve(listener(event, payload));
  }
}

const topFrame = (url: string): InvokeEventLike => ({ senderFrame: { url, parent: null } });
const OUR_PAGE = topFrame('app://newsroom/index.html#/desk');

describe('IPC registration', () => {
  let core: Core;
  let cleanup: () => Promise<void>;
  let ipc: RecordingIpc;
  let dispatched: Channel[];

  beforeEach(async () => {
    const temp = await makeTempDir('newsroom-ipc');
    cleanup = temp.cleanup;
    ({ core } = await openTestCore(temp.dir));
    ipc = new RecordingIpc();
    dispatched = [];
    registerContractHandlers(ipc, (channel, payload) => {
      dispatched.push(channel);
      return core.dispatch(channel, payload);
    });
  });
  afterEach(async () => {
    await core.close();
    await cleanup();
  });

  it('registers exactly the contract channels', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('hands a trusted call to the core', async () => {
    const created = (await ipc.invoke('articles:create', OUR_PAGE, {
      content: { language: 'ru', headline: 'Выборы в Тбилиси' },
    })) as { ok: boolean; value: { id: string; headline: string } };
    expect(created.ok).toBe(true);
    expect(created.value.headline).toBe('Выборы в Тбилиси');
    const fetched = (await ipc.invoke('articles:get', OUR_PAGE, { id: created.value.id })) as {
      ok: boolean;
    };
    expect(fetched.ok).toBe(true);
  });

  it('lets the core refuse a bad payload with invalid_input', async () => {
    const result = (await ipc.invoke('articles:get', OUR_PAGE, { id: 42 })) as {
      ok: boolean;
      error: { code: string };
    };
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it.each([
    ['a subframe', { senderFrame: { url: 'app://newsroom/index.html', parent: {} } }],
    ['another origin', topFrame('https://example.org/')],
    ['a file page', topFrame('file:///tmp/index.html')],
    ['a frame that is gone', { senderFrame: null }],
  ])('refuses %s before the core sees anything', async (_label, event) => {
    const result = await ipc.invoke('articles:create', event, { content: { language: 'en' } });
    expect(result).toEqual(FORBIDDEN_SENDER);
    expect(dispatched).toEqual([]);
    expect(core.articles.count).toBe(0);
  });

  it('removes its handlers again', () => {
    const ipc2 = new RecordingIpc();
    const unregister = registerContractHandlers(ipc2, (channel, payload) =>
      core.dispatch(channel, payload),
    );
    expect(ipc2.handlers.size).toBe(CHANNELS.length);
    unregister();
    expect(ipc2.handlers.size).toBe(0);
  });
});

describe('sender frame', () => {
  it('reads a frame that throws on access as gone', () => {
    const event = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
    };
    expect(senderFrameOf(event)).toBeNull();
  });

  it('does not dispatch for a frame that is gone', async () => {
    let calls = 0;
    const result = await handleInvoke(
      async () => {
        calls++;
        return { ok: true, value: null };
      },
      'app:status',
      { senderFrame: null },
      {},
    );
    expect(result.ok).toBe(false);
    expect(calls).toBe(0);
  });
});

describe('event forwarding', () => {
  it('sends the payload alone on the event channel', () => {
    const sent: [string, unknown][] = [];
    const target = {
      send: (channel: string, payload: unknown) => sent.push([channel, payload]),
      isDestroyed: () => false,
    };
    const payload = { id: 'a1', revision: 2, status: 'draft', deleted: false };
    forwardEvent(target, 'article:changed', payload);
    expect(sent).toEqual([['event:article:changed', payload]]);
  });

  it('drops events when the window is gone', () => {
    const sent: unknown[] = [];
    forwardEvent(
      { send: (...args) => sent.push(args), isDestroyed: () => true },
      'article:changed',
      {},
    );
    forwardEvent(null, 'article:changed', {});
    expect(sent).toEqual([]);
  });
});
