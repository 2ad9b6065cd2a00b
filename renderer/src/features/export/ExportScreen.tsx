/** The Export screen: target folder, full or incremental, zip option, progress, and the report. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportMode, ExportReport } from '@shared/contract/index';
import { call } from '../../bridge/transport';
import { ExportProgress } from './ExportProgress';
import { ExportReportView } from './ExportReportView';
import { useExportProgress } from './use-export-progress';
import './export.css';

export function ExportScreen() {
  const { t } = useTranslation();
  const [target, setTarget] = useState('');
  const [mode, setMode] = useState<ExportMode>('full');
  const [zip, setZip] = useState(false);
  const [zipPath, setZipPath] = useState('');
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<ExportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const progress = useExportProgress();

  useEffect(() => {
    call('export:status', {})
      .then((status) => {
        setTarget((current) => current || status.lastTarget);
        if (status.lastTarget) setMode('incremental');
        setReport(status.lastReport);
        setRunning(status.running);
      })
      .catch((caught: Error) => setError(caught.message));
  }, []);

  const run = (): void => {
    setRunning(true);
    setError(null);
    call('export:run', {
      target: target.trim(),
      mode,
      zip: zip ? zipPath.trim() || `${target.trim().replace(/\/+$/, '')}.zip` : null,
    })
      .then(setReport)
      .catch((caught: Error) => setError(caught.message))
      .finally(() => setRunning(false));
  };

  return (
    <section className="export-screen" aria-labelledby="export-title">
      <form
        className="settings-form"
        onSubmit={(event) => {
          event.preventDefault();
          run();
        }}
      >
        <h1 id="export-title">{t('export.title')}</h1>
        <p className="notice">{t('export.intro')}</p>
        <label>
          {t('export.target')}
          <input
            value={target}
            required
            spellCheck={false}
            placeholder="/srv/www/newsroom"
            aria-describedby="export-target-help"
            onChange={(e) => setTarget(e.target.value)}
          />
          <span id="export-target-help">{t('export.targetHelp')}</span>
        </label>
        <fieldset className="export-mode">
          <legend>{t('export.mode')}</legend>
          {(['full', 'incremental'] as const).map((value) => (
            <label key={value} className="inline">
              <input
                type="radio"
                name="export-mode"
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
              />
              {t(`export.${value}`)}
            </label>
          ))}
        </fieldset>
        <label className="inline">
          <input type="checkbox" checked={zip} onChange={(e) => setZip(e.target.checked)} />
          {t('export.zip')}
        </label>
        {zip && (
          <label>
            {t('export.zipPath')}
            <input
              value={zipPath}
              spellCheck={false}
              placeholder={target ? `${target.replace(/\/+$/, '')}.zip` : '/srv/www/newsroom.zip'}
              onChange={(e) => setZipPath(e.target.value)}
            />
          </label>
        )}
        <div className="form-toolbar">
          <button type="submit" className="primary" disabled={running || !target.trim()}>
            {running ? t('export.running') : t('export.run')}
          </button>
        </div>
        {(running || progress) && <ExportProgress progress={progress} />}
        {error && (
          <p className="notice notice-error" role="alert">
            {t('errors.generic', { message: error })}
          </p>
        )}
      </form>
      {report && <ExportReportView report={report} />}
    </section>
  );
}
