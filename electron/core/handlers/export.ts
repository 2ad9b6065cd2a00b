/** Handlers for the static-site export: run it (with progress events), its status, the page preview. */
import type { ExportMode, exportChannels, ExportReport } from '../../../shared/contract/export.js';
import { AppError } from '../../../shared/errors.js';
import type { Core } from '../core.js';
import { exportBundle } from '../export/export-bundle.js';
import { previewArticle } from '../render/preview-page.js';
import type { HandlerMap } from './types.js';

export function exportHandlers(core: Core): HandlerMap<typeof exportChannels> {
  let running = false;
  let lastReport: ExportReport | null = null;

  const runExport = async (
    target: string,
    mode: ExportMode,
    zip: string | null,
  ): Promise<ExportReport> => {
    if (running) throw new AppError('conflict', 'An export is already running.');
    running = true;
    try {
      await core.queues.idle();
      const report = await exportBundle({
        dataDir: core.deps.dataDir,
        target,
        mode,
        zip,
        now: core.deps.now(),
        onProgress: (progress) => core.events.emit('export:progress', progress),
      });
      lastReport = report;
      if (core.meta.data.exportTarget !== report.target) {
        core.meta.data.exportTarget = report.target;
        await core.meta.write();
      }
      return report;
    } catch (error) {
      core.events.emit('export:progress', { phase: 'failed', done: 0, total: 0 });
      throw error;
    } finally {
      running = false;
    }
  };

  // What the scheduler (or a desk chief) publishes or takes down reaches the site at once:
  // an incremental export to the folder the desk last exported to. Changes that arrive
  // while one runs are folded into one more run after it.
  let followUp: Promise<void> | null = null;
  let again = false;
  const exportAfterPublication = (): void => {
    const target = core.meta.data.exportTarget;
    if (!target) return;
    if (followUp) {
      again = true;
      return;
    }
    followUp = (async () => {
      do {
        again = false;
        while (running) await new Promise((resolve) => setTimeout(resolve, 200));
        try {
          await runExport(core.meta.data.exportTarget, 'incremental', null);
        } catch (error) {
          core.events.emit('store:problem', {
            kind: 'write_failed',
            message: `The automatic export after publication failed: ${(error as Error).message}`,
            quarantine: [],
          });
        }
      } while (again);
      followUp = null;
    })();
  };
  core.workflow.onPublished(exportAfterPublication);
  core.workflow.onUnpublished(exportAfterPublication);

  return {
    'export:run': async ({ target, mode, zip }) => runExport(target, mode, zip),
    'export:status': async () => ({ running, lastTarget: core.meta.data.exportTarget, lastReport }),
    'export:preview': async ({ id }) => previewArticle(core, id),
  };
}
