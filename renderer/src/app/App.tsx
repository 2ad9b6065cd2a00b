/** The app frame: navigation, the store banner, and the screen for the current route. */
import { useTranslation } from 'react-i18next';
import { shellKind } from '../bridge/transport';
import { CalendarScreen } from '../features/calendar/CalendarScreen';
import { DeskScreen } from '../features/desk/DeskScreen';
import { EditorScreen } from '../features/editor/EditorScreen';
import { ExportScreen } from '../features/export/ExportScreen';
import { PreviewScreen } from '../features/export/PreviewScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { BulkTaggerScreen } from '../features/tagger/BulkTaggerScreen';
import { TaxonomyScreen } from '../features/taxonomy/TaxonomyScreen';
import { ScheduleNotice } from '../features/workflow/ScheduleNotice';
import { DeskProvider } from './desk-context';
import { StoreBanner } from './StoreBanner';
import { useRoute } from './use-route';

export function App() {
  const { t } = useTranslation();
  return (
    <DeskProvider
      fallback={(error) => (
        <main className="splash" role={error ? 'alert' : 'status'}>
          {error ? t('errors.generic', { message: error }) : '…'}
        </main>
      )}
    >
      <Frame />
    </DeskProvider>
  );
}

function Frame() {
  const { t } = useTranslation();
  const route = useRoute();
  return (
    <div className="frame">
      <header className="topbar">
        <span className="brand">{t('app.title')}</span>
        <nav aria-label="Main">
          <a href="#/desk" aria-current={route.name === 'desk' ? 'page' : undefined}>
            {t('app.nav.desk')}
          </a>
          <a href="#/calendar" aria-current={route.name === 'calendar' ? 'page' : undefined}>
            {t('calendar.title')}
          </a>
          <a href="#/export" aria-current={route.name === 'export' ? 'page' : undefined}>
            {t('export.nav')}
          </a>
          <a href="#/tagger" aria-current={route.name === 'tagger' ? 'page' : undefined}>
            {t('tagger.nav')}
          </a>
          <a href="#/taxonomy" aria-current={route.name === 'taxonomy' ? 'page' : undefined}>
            {t('taxonomy.nav')}
          </a>
          <a href="#/settings" aria-current={route.name === 'settings' ? 'page' : undefined}>
            {t('app.nav.settings')}
          </a>
        </nav>
        {shellKind === 'browser' && <span className="shell-badge">{t('app.browserMode')}</span>}
      </header>
      <StoreBanner />
      <ScheduleNotice />
      <main className="content">
        {route.name === 'article' ? (
          <EditorScreen key={route.id} id={route.id} />
        ) : route.name === 'tagger' ? (
          <BulkTaggerScreen />
        ) : route.name === 'taxonomy' ? (
          <TaxonomyScreen />
        ) : route.name === 'calendar' ? (
          <CalendarScreen />
        ) : route.name === 'export' ? (
          <ExportScreen />
        ) : route.name === 'preview' ? (
          <PreviewScreen key={route.id} id={route.id} />
        ) : route.name === 'settings' ? (
          <SettingsScreen />
        ) : (
          <DeskScreen />
        )}
      </main>
    </div>
  );
}
