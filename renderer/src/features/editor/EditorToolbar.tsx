/** The formatting bar: block types, marks, lists, quotes, images, rule, undo/redo, find. */
import type {} from '@tiptap/starter-kit';
import type { Editor } from '@tiptap/react';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import { useEditorState } from '@tiptap/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importImageFile } from './import-image';
import { LinkBar } from './LinkBar';

interface EditorToolbarProps {
  editor: Editor;
  onFind: () => void;
  onError: (message: string) => void;
}

export function EditorToolbar({ editor, onFind, onError }: EditorToolbarProps) {
  const { t } = useTranslation();
  const [linkOpen, setLinkOpen] = useState(false);
  const [importing, setImporting] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  // Runs on every transaction, so on every keystroke: reads the history depth directly
  // rather than dry-running the undo and redo commands through a command chain.
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      paragraph: e.isActive('paragraph'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      link: e.isActive('link'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
      pullQuote: e.isActive('pullQuote'),
      canUndo: undoDepth(e.state) > 0,
      canRedo: redoDepth(e.state) > 0,
    }),
  });

  const button = (
    key: string,
    label: string,
    run: () => void,
    options: { pressed?: boolean; disabled?: boolean; text: string; shortcut?: string },
  ) => (
    <button
      key={key}
      type="button"
      className="tool"
      aria-label={label}
      title={options.shortcut ? `${label} (${options.shortcut})` : label}
      aria-pressed={options.pressed}
      disabled={options.disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={run}
    >
      {options.text}
    </button>
  );
  const chain = () => editor.chain().focus();

  const insertImage = async (file: File): Promise<void> => {
    setImporting(true);
    try {
      const src = await importImageFile(file);
      chain().setImage({ src, alt: '' }).run();
    } catch (error) {
      onError((error as Error).message);
    } finally {
      setImporting(false);
    }
  };

  return (
    <div className="editor-toolbar-wrap">
      <div className="editor-toolbar" role="toolbar" aria-label={t('editor.toolbar.label')}>
        {button('p', t('editor.toolbar.paragraph'), () => chain().setParagraph().run(), {
          pressed: active.paragraph,
          text: '¶',
          shortcut: 'Ctrl+Alt+0',
        })}
        {button('h2', t('editor.toolbar.h2'), () => chain().toggleHeading({ level: 2 }).run(), {
          pressed: active.h2,
          text: 'H2',
          shortcut: 'Ctrl+Alt+2',
        })}
        {button('h3', t('editor.toolbar.h3'), () => chain().toggleHeading({ level: 3 }).run(), {
          pressed: active.h3,
          text: 'H3',
          shortcut: 'Ctrl+Alt+3',
        })}
        <span className="tool-sep" />
        {button('b', t('editor.toolbar.bold'), () => chain().toggleBold().run(), {
          pressed: active.bold,
          text: 'B',
          shortcut: 'Ctrl+B',
        })}
        {button('i', t('editor.toolbar.italic'), () => chain().toggleItalic().run(), {
          pressed: active.italic,
          text: 'I',
          shortcut: 'Ctrl+I',
        })}
        {button('a', t('editor.toolbar.link'), () => setLinkOpen((open) => !open), {
          pressed: active.link,
          text: t('editor.toolbar.short.link'),
          shortcut: 'Ctrl+K',
        })}
        <span className="tool-sep" />
        {button('ul', t('editor.toolbar.bulletList'), () => chain().toggleBulletList().run(), {
          pressed: active.bulletList,
          text: '•',
          shortcut: 'Ctrl+Shift+8',
        })}
        {button('ol', t('editor.toolbar.orderedList'), () => chain().toggleOrderedList().run(), {
          pressed: active.orderedList,
          text: '1.',
          shortcut: 'Ctrl+Shift+7',
        })}
        {button('q', t('editor.toolbar.blockquote'), () => chain().toggleBlockquote().run(), {
          pressed: active.blockquote,
          text: '❝',
          shortcut: 'Ctrl+Shift+B',
        })}
        {button('pq', t('editor.toolbar.pullQuote'), () => chain().togglePullQuote().run(), {
          pressed: active.pullQuote,
          text: '❞❞',
        })}
        {button('img', t('editor.toolbar.image'), () => fileInput.current?.click(), {
          text: importing ? '…' : t('editor.toolbar.short.image'),
          disabled: importing,
        })}
        {button('hr', t('editor.toolbar.rule'), () => chain().setHorizontalRule().run(), {
          text: '―',
        })}
        <span className="tool-sep" />
        {button('undo', t('editor.toolbar.undo'), () => chain().undo().run(), {
          disabled: !active.canUndo,
          text: '↶',
          shortcut: 'Ctrl+Z',
        })}
        {button('redo', t('editor.toolbar.redo'), () => chain().redo().run(), {
          disabled: !active.canRedo,
          text: '↷',
          shortcut: 'Ctrl+Shift+Z',
        })}
        {button('find', t('editor.toolbar.find'), onFind, {
          text: t('editor.toolbar.short.find'),
          shortcut: 'Ctrl+F',
        })}
        <input
          ref={fileInput}
          type="file"
          accept="image/jpeg,image/png,image/webp,image/gif"
          hidden
          aria-label={t('editor.toolbar.image')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void insertImage(file);
          }}
        />
      </div>
      {linkOpen && <LinkBar editor={editor} onClose={() => setLinkOpen(false)} />}
    </div>
  );
}
