/** Newsroom settings and the user's profile, including the interface language. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, ROLES, type Settings } from '@shared/domain';
import { useDesk } from '../../app/desk-context';

export function SettingsScreen() {
  const { t } = useTranslation();
  const { settings, updateSettings } = useDesk();
  const [draft, setDraft] = useState<Settings>(settings);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const set = (change: Partial<Settings>): void => setDraft({ ...draft, ...change });
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
      <label>
        {t('settings.interfaceLanguage')}
        <select
          value={draft.interfaceLanguage}
          onChange={(e) => {
            const interfaceLanguage = e.target.value as Settings['interfaceLanguage'];
            set({ interfaceLanguage });
            // The language switches at once; the other fields wait for "Save".
            void updateSettings({ interfaceLanguage });
          }}
        >
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {language === 'ru' ? 'Русский' : 'English'}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('settings.newsroomName')}
        <input value={draft.newsroomName} onChange={(e) => set({ newsroomName: e.target.value })} />
      </label>
      <label>
        {t('settings.baseUrl')}
        <input
          type="url"
          value={draft.baseUrl}
          onChange={(e) => set({ baseUrl: e.target.value })}
        />
      </label>
      <label>
        {t('settings.timeZone')}
        <input value={draft.timeZone} onChange={(e) => set({ timeZone: e.target.value })} />
      </label>
      <label>
        {t('settings.profileName')}
        <input
          value={draft.profile.name}
          onChange={(e) => set({ profile: { ...draft.profile, name: e.target.value } })}
        />
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
        {t('workflow.settings.catchUp')}
        <select
          value={draft.catchUp}
          onChange={(e) => set({ catchUp: e.target.value === 'confirm' ? 'confirm' : 'publish' })}
        >
          <option value="publish">{t('workflow.settings.catchUpPublish')}</option>
          <option value="confirm">{t('workflow.settings.catchUpConfirm')}</option>
        </select>
      </label>
      <button type="submit" className="primary">
        {t('settings.save')}
      </button>
      {message && <p role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
    </form>
  );
}
