/**
 * The contract between the UI and the core: every channel with its request and response
 * schema. Electron IPC, the loopback bridge and the CLI all carry exactly these.
 */
import type { z } from 'zod';
import { appChannels } from './app.js';
import { articleChannels } from './articles.js';
import { boardChannels } from './board.js';
import { mergeChannels } from './define.js';
import { exportChannels } from './export.js';
import { mediaChannels } from './media.js';
import { previewChannels } from './preview.js';
import { taggerChannels } from './tagger.js';
import { taxonomyChannels } from './taxonomy.js';
import { workflowChannels } from './workflow.js';

export const contract = mergeChannels(
  appChannels,
  articleChannels,
  taxonomyChannels,
  taggerChannels,
  mediaChannels,
  previewChannels,
  workflowChannels,
  exportChannels,
  boardChannels,
);

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

export * from './events.js';
export type { ArticleListQuery, ArticleListResult } from './articles.js';
export type { StoreStatus } from './app.js';
export type {
  CalendarQuery,
  CalendarResult,
  ScheduleStatus,
  ScheduleNoticeEntry,
  SlotConflict,
} from './workflow.js';
export type { ExportMode, ExportReport, ExportWarning } from './export.js';
