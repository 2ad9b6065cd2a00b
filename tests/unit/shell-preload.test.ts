/**
 * The preload's `window.newsroom`: one function per contract channel, each invoking its
 * own channel; events pass the payload only and unsubscribe. Also checks the shipped
 * bundle itself: built as the app builds it, it requires nothing but 'electron' (so it
 * runs sandboxed) and exposes exactly the contract's channels.
 */
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { buildOptions } from '../../electron/bundle-config.mjs';
import { buildNewsroomApi, type IpcRendererLike } from '../../electron/preload/newsroom-api.js';
import { CHANNELS, EVENT_NAMES } from '../../shared/contract/index.js';
import type { NewsroomApi } from '../../shared/contract/preload-api.js';

type IpcListener = (event: unknown, payload: unknown) => void;

/** An ipcRenderer stand-in that records invokes and can emit events like Electron does. */
class RecordingIpcRenderer implements IpcRendererLike {
  readonly invoked: [string, unknown][] = [];
  readonly listeners = new Map<string, Set<IpcListener>>();
  async invoke(channel: string, payload: unknown): Promise<unknown> {
    this.invoked.push([channel, payload]);
    return { ok: true, value: channel };
  }
  on(channel: string, listener: IpcListener): this {
    const set = this.listeners.get(channel) ?? new Set();
    set.add(listener);
    this.listeners.set(channel, set);
    return this;
  }
  removeListener(channel: string, listener: IpcListener): this {
    this.listeners.get(channel)?.delete(listener);
    return this;
  }
  emit(channel: string, payload: unknown): void {
    const event = { sender: 'ipc-event-object', ports: [] };
    for (const listener of this.listeners.get(channel) ?? []) listener(event, payload);
  }
}

describe('window.newsroom', () => {
  it('has one function per contract channel and nothing else', () => {
    const api = buildNewsroomApi(new RecordingIpcRenderer());
    expect(Object.keys(api.channels).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(api).sort()).toEqual(['channels', 'on', 'shell']);
    expect(api.shell).toBe('electron');
  });

  it('makes each function invoke its own channel with the request', async () => {
    const ipc = new RecordingIpcRenderer();
    const api = buildNewsroomApi(ipc);
    for (const channel of CHANNELS) {
      const fn = api.channels[channel] as (request: unknown) => Promise<unknown>;
      expect(await fn({ probe: channel })).toEqual({ ok: true, value: channel });
    }
    expect(ipc.invoked).toEqual(CHANNELS.map((channel) => [channel, { probe: channel }]));
  });

  it('turns a failed invoke into an unavailable error value', async () => {
    const ipc = new RecordingIpcRenderer();
    ipc.invoke = () => Promise.reject(new Error("No handler registered for 'app:status'"));
    const result = await buildNewsroomApi(ipc).channels['app:status']({});
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('passes event payloads only, and unsubscribes', () => {
    const ipc = new RecordingIpcRenderer();
    const api = buildNewsroomApi(ipc);
    const received: unknown[][] = [];
    const off = api.on('article:changed', (...args) => received.push(args));
    const payload = { id: 'a1', revision: 3, status: 'draft', deleted: false };
    ipc.emit('event:article:changed', payload);
    ipc.emit('event:store:problem', { kind: 'locked', message: 'x', quarantine: [] });
    expect(received).toEqual([[payload]]);
    off();
    ipc.emit('event:article:changed', payload);
    expect(received).toHaveLength(1);
    expect(ipc.listeners.get('event:article:changed')?.size).toBe(0);
  });

  it('refuses event names outside the contract', () => {
    const api = buildNewsroomApi(new RecordingIpcRenderer());
    const on = api.on as (name: string, listener: () => void) => () => void;
    expect(() => on('anything:else', () => undefined)).toThrow(/unknown event/);
  });
});

describe('the bundled preload', () => {
  it('is one CommonJS file that needs only electron and exposes the contract', async () => {
    const options = await buildOptions('preload', { write: false, outdir: '.tmp/preload-test' });
    const result = await build(options);
    const code = result.outputFiles?.[0]?.text ?? '';
    const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]);
    expect(required).toEqual(['electron']);
    // The names are inlined at build time: no zod schemas travel into the page's process.
    expect(code.length).toBeLessThan(20_000);

    const exposed: Record<string, unknown> = {};
    const ipc = new RecordingIpcRenderer();
    const fakeElectron = {
      contextBridge: {
        exposeInMainWorld: (key: string, value: unknown) => {
          exposed[key] = value;
        },
      },
      ipcRenderer: ipc,
    };
    const sandboxRequire = (name: string): unknown => {
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
      return fakeElectron;
    };
    const module = { exports: {} };
    new Function('module', 'exports', 'require', code)(module, module.exports, sandboxRequire);

    const api = exposed['newsroom'] as NewsroomApi;
    expect(Object.keys(exposed)).toEqual(['newsroom']);
    expect(Object.keys(api.channels).sort()).toEqual([...CHANNELS].sort());
    await api.channels['articles:list']({});
    expect(ipc.invoked).toEqual([['articles:list', {}]]);
    for (const name of EVENT_NAMES) expect(() => api.on(name, () => undefined)).not.toThrow();
  });
});
