/** The app frame: header with navigation, the banners, and the screen for the current route. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { shellKind } from '../bridge/transport';
import { BoardNavLink } from '../features/board/BoardNavLink';
import { BoardScreen } from '../features/board/BoardScreen';
import { CalendarScreen } from '../features/calendar/CalendarScreen';
import { DeskScreen } from '../features/desk/DeskScreen';
import { EditorScreen } from '../features/editor/EditorScreen';
import { ExportScreen } from '../features/export/ExportScreen';
import { PreviewScreen } from '../features/export/PreviewScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { BulkTaggerScreen } from '../features/tagger/BulkTaggerScreen';
import { TaxonomyScreen } from '../features/taxonomy/TaxonomyScreen';
import { ScheduleNotice } from '../features/workflow/ScheduleNotice';
import { ConnectionBanner } from './ConnectionBanner';
import { DeskProvider, useDesk } from './desk-context';
import { ShellCommands } from './ShellCommands';
import { StoreBanner } from './StoreBanner';
import { useRoute, type Route } from './use-route';

export function App() {
  const { t } = useTranslation();
  return (
    <>
      <ConnectionBanner />
      <DeskProvider
        fallback={(error, retry) =>
          error ? (
            <main className="splash" role="alert">
              <p>{t('errors.generic', { message: error })}</p>
              <button type="button" onClick={retry}>
                {t('app.retry')}
              </button>
            </main>
          ) : (
            <main className="splash" role="status" aria-busy="true">
              <span className="spinner" aria-hidden="true" />
              <p>{t('app.loading')}</p>
            </main>
          )
        }
      >
        <Frame />
      </DeskProvider>
    </>
  );
}

function NavLink({ route, to, children }: { route: Route; to: Route['name']; children: string }) {
  return (
    <a href={`#/${to}`} aria-current={route.name === to ? 'page' : undefined}>
      {children}
    </a>
  );
}

const TITLE_KEYS: Partial<Record<Route['name'], string>> = {
  desk: 'app.nav.desk',
  trash: 'app.nav.trash',
  calendar: 'calendar.title',
  export: 'export.nav',
  board: 'board.title',
  settings: 'app.nav.settings',
};

function Frame() {
  const { t } = useTranslation();
  const route = useRoute();
  const { settings } = useDesk();
  const titleKey = TITLE_KEYS[route.name];
  const screenTitle = titleKey ? t(titleKey) : null;
  // Browser tabs and window lists show where the user is, and in which newsroom.
  useEffect(() => {
    document.title = [screenTitle, settings.newsroomName, t('app.title')]
      .filter(Boolean)
      .join(' · ');
  }, [screenTitle, settings.newsroomName, t]);
  return (
    <div className="frame">
      <header className="topbar">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true">
            N
          </span>
          <span className="brand-name">{t('app.title')}</span>
        </span>
        <span className="newsroom-name">{settings.newsroomName}</span>
        <nav aria-label={t('app.navLabel')}>
          <NavLink route={route} to="desk">
            {t('app.nav.desk')}
          </NavLink>
          <NavLink route={route} to="calendar">
            {t('calendar.title')}
          </NavLink>
          <NavLink route={route} to="export">
            {t('export.nav')}
          </NavLink>
          <NavLink route={route} to="trash">
            {t('app.nav.trash')}
          </NavLink>
          <NavLink route={route} to="tagger">
            {t('tagger.nav')}
          </NavLink>
          <NavLink route={route} to="taxonomy">
            {t('taxonomy.nav')}
          </NavLink>
          <BoardNavLink current={route.name === 'board'} />
          <NavLink route={route} to="settings">
            {t('app.nav.settings')}
          </NavLink>
        </nav>
        <span className="topbar-end">
          <span className="profile">
            {t('app.profile', {
              name: settings.profile.name,
              role: t(`settings.roles.${settings.profile.role}`),
            })}
          </span>
          {shellKind === 'browser' && (
            <span className="shell-badge" title={t('app.browserModeHint')}>
              {t('app.browserMode')}
            </span>
          )}
        </span>
      </header>
      <StoreBanner />
      <ScheduleNotice />
      <ShellCommands />
      <main className="content">
        <Screen route={route} />
      </main>
    </div>
  );
}

function Screen({ route }: { route: Route }) {
  const { t } = useTranslation();
  switch (route.name) {
    case 'article':
      return <EditorScreen key={route.id} id={route.id} />;
    case 'tagger':
      return <BulkTaggerScreen />;
    case 'taxonomy':
      return <TaxonomyScreen />;
    case 'calendar':
      return <CalendarScreen />;
    case 'export':
      return <ExportScreen />;
    case 'preview':
      return <PreviewScreen key={route.id} id={route.id} />;
    case 'board':
      return <BoardScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'trash':
      return <DeskScreen key="trash" mode="trash" />;
    case 'desk':
      return <DeskScreen key="desk" mode="desk" />;
    default:
      return (
        <section className="empty-state">
          <p>{t('app.notFound')}</p>
          <a href="#/desk">{t('app.backToDesk')}</a>
        </section>
      );
  }
}
