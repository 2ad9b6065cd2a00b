/** What the last export did: counts, where the bundle is, and warnings that link to their article. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportReport } from '@shared/contract/index';
import { shellKind } from '../../bridge/transport';

export function ExportReportView({ report }: { report: ExportReport }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const counts: [string, number][] = [
    ['pages', report.pages],
    ['written', report.written],
    ['unchanged', report.unchanged],
    ['removed', report.removed],
    ['media', report.media],
  ];
  return (
    <section className="export-report" aria-labelledby="export-report-title">
      <h2 id="export-report-title">{t('export.report.title')}</h2>
      <p>
        {t('export.report.summary', {
          count: report.articles,
          seconds: (report.durationMs / 1000).toFixed(1),
        })}
      </p>
      <dl className="export-counts">
        {counts.map(([key, value]) => (
          <div key={key}>
            <dt>{t(`export.report.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="export-folder">
        {t('export.report.folder')} <code>{report.target}</code>{' '}
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(report.target).then(() => setCopied(true));
          }}
        >
          {copied ? t('export.report.copied') : t('export.report.copyPath')}
        </button>
      </p>
      {shellKind === 'browser' && <p className="notice">{t('export.report.browserFolder')}</p>}
      {report.zip && (
        <p>
          {t('export.report.archive')} <code>{report.zip}</code>
        </p>
      )}
      <h3>{t('export.report.warnings', { count: report.warnings.length })}</h3>
      {report.warnings.length === 0 ? (
        <p className="notice">{t('export.report.noWarnings')}</p>
      ) : (
        <ul className="export-warnings">
          {report.warnings.map((warning, i) => (
            <li key={`${warning.code}-${warning.articleId ?? ''}-${i}`}>
              <span>{warning.message}</span>
              {warning.articleId && (
                <>
                  {' '}
                  <a href={`#/article/${encodeURIComponent(warning.articleId)}`}>
                    {t('export.report.openArticle')}
                  </a>{' '}
                  <a href={`#/preview/${encodeURIComponent(warning.articleId)}`}>
                    {t('export.previewLink')}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
