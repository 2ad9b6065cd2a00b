/** One suggestion: its name, why it is offered, and accept / reject by click or key. */
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function SuggestionItem({
  name,
  detail,
  reason,
  shortcut,
  onAccept,
  onReject,
}: {
  name: string;
  detail?: ReactNode;
  reason: string;
  /** A number key shown in front (the bulk tagger's 1-9). */
  shortcut?: number | undefined;
  onAccept: () => void;
  onReject?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>): void => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter' || event.key === 'a') {
      event.preventDefault();
      onAccept();
    } else if (
      onReject &&
      (event.key === 'Delete' || event.key === 'Backspace' || event.key === 'x')
    ) {
      event.preventDefault();
      onReject();
    }
  };
  return (
    <li className="suggestion" tabIndex={0} onKeyDown={onKeyDown} aria-label={name}>
      {shortcut !== undefined && <kbd className="suggestion-key">{shortcut}</kbd>}
      <span className="suggestion-main">
        <span className="suggestion-name">{name}</span>
        {detail && <span className="suggestion-detail">{detail}</span>}
        <span className="suggestion-reason">{reason}</span>
      </span>
      <button
        type="button"
        className="icon-button accept"
        aria-label={t('tagger.panel.accept', { name })}
        title={t('tagger.panel.accept', { name })}
        onClick={onAccept}
      >
        ✓
      </button>
      {onReject && (
        <button
          type="button"
          className="icon-button reject"
          aria-label={t('tagger.panel.reject', { name })}
          title={t('tagger.panel.reject', { name })}
          onClick={onReject}
        >
          ✕
        </button>
      )}
    </li>
  );
}
