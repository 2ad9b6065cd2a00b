/** The keyboard shortcut sheet (Ctrl+/ or the ? button). */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl';
const alt = isMac ? '⌥' : 'Alt';

const SHORTCUTS: [string, string][] = [
  ['bold', `${mod}+B`],
  ['italic', `${mod}+I`],
  ['link', `${mod}+K`],
  ['paragraph', `${mod}+${alt}+0`],
  ['h2', `${mod}+${alt}+2`],
  ['h3', `${mod}+${alt}+3`],
  ['bullet', `${mod}+Shift+8`],
  ['ordered', `${mod}+Shift+7`],
  ['quote', `${mod}+Shift+B`],
  ['undo', `${mod}+Z`],
  ['redo', `${mod}+Shift+Z`],
  ['find', `${mod}+F`],
  ['save', `${mod}+S`],
  ['focus', `${mod}+Shift+Enter`],
  ['help', `${mod}+/`],
];

export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="modal-backdrop">
      <section
        className="modal help-modal"
        role="dialog"
        aria-modal="true"
        aria-label={t('editor.help.title')}
      >
        <header className="panel-header">
          <h2>{t('editor.help.title')}</h2>
          <button type="button" autoFocus onClick={onClose}>
            {t('editor.help.close')}
          </button>
        </header>
        <table className="shortcut-table">
          <tbody>
            {SHORTCUTS.map(([key, keys]) => (
              <tr key={key}>
                <td>{t(`editor.help.rows.${key}`)}</td>
                <td>
                  <kbd>{keys}</kbd>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
