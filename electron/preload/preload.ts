/**
 * The preload: exposes `window.newsroom` to the sandboxed, context-isolated page. Bundled
 * into one CommonJS file (dist-electron/preload.cjs) because a sandboxed preload may
 * require only 'electron' and a handful of built-ins.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildNewsroomApi } from './newsroom-api.js';

contextBridge.exposeInMainWorld('newsroom', buildNewsroomApi(ipcRenderer));
