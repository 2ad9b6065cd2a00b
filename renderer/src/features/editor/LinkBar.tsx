/** Sets or removes the link on the selection; only http, https and mailto addresses are taken. */
import type {} from '@tiptap/starter-kit';
import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAllowedLinkHref } from '@shared/rich-text/extensions';

export function LinkBar({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useTranslation();
  const [href, setHref] = useState(() => String(editor.getAttributes('link')['href'] ?? ''));
  const [invalid, setInvalid] = useState(false);
  const apply = (): void => {
    const value = href.trim();
    if (!value) {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
      onClose();
      return;
    }
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
    if (!isAllowedLinkHref(withScheme)) {
      setInvalid(true);
      return;
    }
    // Focus now rather than on the next frame, so the next key lands after the link.
    editor.view.focus();
    editor.chain().extendMarkRange('link').setLink({ href: withScheme }).run();
    editor.commands.setTextSelection(editor.state.selection.to);
    onClose();
  };
  return (
    <form
      className="link-bar"
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <label>
        {t('editor.link.address')}
        <input
          autoFocus
          type="url"
          value={href}
          aria-invalid={invalid}
          placeholder="https://"
          onChange={(e) => {
            setHref(e.target.value);
            setInvalid(false);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onClose();
          }}
        />
      </label>
      <button type="submit">{t('editor.link.apply')}</button>
      <button
        type="button"
        onClick={() => {
          editor.chain().focus().extendMarkRange('link').unsetLink().run();
          onClose();
        }}
      >
        {t('editor.link.remove')}
      </button>
      <button type="button" onClick={onClose}>
        {t('editor.link.cancel')}
      </button>
      {invalid && (
        <span role="alert" className="field-error">
          {t('editor.link.invalid')}
        </span>
      )}
    </form>
  );
}
