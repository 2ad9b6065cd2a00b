/** Newsroom settings, the user's profile (including the interface language) and where the store is. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, ROLES, type Language, type Settings } from '@shared/domain';
import { useDesk } from '../../app/desk-context';

const languageName = (language: Language): string => (language === 'ru' ? 'Русский' : 'English');

export function SettingsScreen() {
  const { t } = useTranslation();
  const { settings, status, updateSettings } = useDesk();
  const [draft, setDraft] = useState<Settings>(settings);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const set = (change: Partial<Settings>): void => {
    setDraft({ ...draft, ...change });
    setMessage(null);
  };
  return (
    <form
      className="settings-form"
      aria-labelledby="settings-title"
      onSubmit={(event) => {
        event.preventDefault();
        updateSettings(draft)
          .then(() => setMessage({ ok: true, text: t('settings.saved') }))
          .catch((caught: Error) =>
            setMessage({ ok: false, text: t('errors.generic', { message: caught.message }) }),
          );
      }}
    >
      <h1 id="settings-title">{t('settings.title')}</h1>
      <fieldset>
        <legend>{t('settings.you')}</legend>
        <label>
          {t('settings.interfaceLanguage')}
          <select
            value={draft.interfaceLanguage}
            onChange={(e) => {
              const interfaceLanguage = e.target.value as Language;
              set({ interfaceLanguage });
              // The language switches at once; the other fields wait for "Save".
              void updateSettings({ interfaceLanguage });
            }}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {languageName(language)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('settings.role')}
          <select
            value={draft.profile.role}
            onChange={(e) =>
              set({
                profile: { ...draft.profile, role: e.target.value as Settings['profile']['role'] },
              })
            }
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`settings.roles.${role}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('settings.profileName')}
          <input
            required
            value={draft.profile.name}
            onChange={(e) => set({ profile: { ...draft.profile, name: e.target.value } })}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('settings.newsroom')}</legend>
        <label>
          {t('settings.newsroomName')}
          <input
            required
            value={draft.newsroomName}
            onChange={(e) => set({ newsroomName: e.target.value })}
          />
        </label>
        <label>
          {t('settings.baseUrl')}
          <input
            type="url"
            required
            value={draft.baseUrl}
            onChange={(e) => set({ baseUrl: e.target.value })}
          />
        </label>
        <label>
          {t('settings.timeZone')}
          <input
            list="time-zones"
            required
            value={draft.timeZone}
            onChange={(e) => set({ timeZone: e.target.value })}
          />
          <datalist id="time-zones">
            {zones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </label>
        <label>
          {t('settings.defaultLanguage')}
          <select
            value={draft.defaultLanguage}
            onChange={(e) => set({ defaultLanguage: e.target.value as Language })}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`language.${language}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('workflow.settings.catchUp')}
          <select
            value={draft.catchUp}
            onChange={(e) => set({ catchUp: e.target.value === 'confirm' ? 'confirm' : 'publish' })}
          >
            <option value="publish">{t('workflow.settings.catchUpPublish')}</option>
            <option value="confirm">{t('workflow.settings.catchUpConfirm')}</option>
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('settings.storeSection')}</legend>
        <p className="store-info">
          {t('settings.storeFolder')}: <code>{status.dataDir}</code>
          <br />
          {t('settings.articleCount', { count: status.articleCount })}
        </p>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('settings.save')}
        </button>
        {message && (
          <p role={message.ok ? 'status' : 'alert'} className={message.ok ? '' : 'notice-error'}>
            {message.text}
          </p>
        )}
      </div>
    </form>
  );
}
