/** Channels of the static-site export: run an export, read its status, preview one article page. */
import { z } from 'zod';
import { idSchema } from '../domain.js';
import { channels } from './define.js';

export const EXPORT_MODES = ['full', 'incremental'] as const;
export const exportModeSchema = z.enum(EXPORT_MODES);
export type ExportMode = z.infer<typeof exportModeSchema>;

export const exportWarningSchema = z.object({
  /** A stable code for the kind of problem (e.g. `media_missing`, `slug_collision`). */
  code: z.string(),
  message: z.string(),
  /** The article the warning is about, when there is one: the UI links to it. */
  articleId: idSchema.nullable().default(null),
});
export type ExportWarning = z.infer<typeof exportWarningSchema>;

export const exportReportSchema = z.object({
  target: z.string(),
  mode: exportModeSchema,
  articles: z.number().int(),
  pages: z.number().int(),
  /** Files written in this run (pages, feeds, media). */
  written: z.number().int(),
  /** Files left as they were because their contents did not change. */
  unchanged: z.number().int(),
  removed: z.number().int(),
  bytes: z.number().int(),
  media: z.number().int(),
  warnings: z.array(exportWarningSchema),
  zip: z.string().nullable(),
  durationMs: z.number(),
});
export type ExportReport = z.infer<typeof exportReportSchema>;

export const exportRunRequestSchema = z.object({
  /** Absolute path of the bundle folder; created if missing, replaced only if it holds a bundle. */
  target: z.string().trim().min(1).max(1000),
  mode: exportModeSchema.default('full'),
  /** Absolute path of a .zip file to write the bundle into as well. */
  zip: z.string().trim().max(1000).nullable().default(null),
});

export const exportChannels = channels({
  'export:run': { request: exportRunRequestSchema, response: exportReportSchema },
  'export:status': {
    request: z.object({}),
    response: z.object({
      running: z.boolean(),
      lastTarget: z.string(),
      lastReport: exportReportSchema.nullable(),
    }),
  },
  'export:preview': {
    request: z.object({ id: idSchema }),
    response: z.object({
      html: z.string(),
      /** True when the article would be part of an export now (published, past embargo). */
      exportable: z.boolean(),
      warnings: z.array(exportWarningSchema),
    }),
  },
});
