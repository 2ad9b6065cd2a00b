/**
 * The article text: a Tiptap editor on the shared article schema, with smart quotes,
 * find and replace, clean paste and live counts. It hands its document to the draft only
 * when the draft saves, so a keystroke costs no serialisation of a long article.
 */
import { Fragment, Slice } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { EditorContent, ReactNodeViewRenderer, useEditor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, RichTextDoc } from '@shared/domain';
import { cleanPastedHtml, plainTextToParagraphs } from '@shared/paste-clean';
import { articleExtensions } from '@shared/rich-text/extensions';
import { countCharacters, countWords, readingMinutes } from '@shared/text-stats';
import { EditorToolbar } from './EditorToolbar';
import { Find } from './find-extension';
import { FindBar } from './FindBar';
import { ImageFigureView } from './ImageFigureView';
import { importImageFile } from './import-image';
import { SmartQuotes, setSmartQuotesLanguage } from './smart-quotes-extension';
import type { ArticleDraft } from './use-article-draft';

const STATS_DELAY_MS = 300;

interface BodyEditorProps {
  draft: ArticleDraft;
  initial: RichTextDoc;
  language: Language;
  onError: (message: string) => void;
  /** The plain text, a moment after typing pauses. */
  onText?: (text: string) => void;
}

function imageFiles(data: DataTransfer | null): File[] {
  return [...(data?.files ?? [])].filter((file) => /^image\/(jpeg|png|webp|gif)$/.test(file.type));
}

async function insertImageFiles(
  view: EditorView,
  files: File[],
  at: number,
  onError: (message: string) => void,
): Promise<void> {
  for (const file of files) {
    try {
      const src = await importImageFile(file);
      const image = view.state.schema.nodes['image']?.create({
        src,
        alt: '',
        caption: '',
        credit: '',
      });
      if (!image || view.isDestroyed) return;
      const pos = Math.min(at, view.state.doc.content.size);
      view.dispatch(view.state.tr.insert(pos, image));
    } catch (error) {
      onError((error as Error).message);
    }
  }
}

interface Stats {
  words: number;
  characters: number;
}

export function BodyEditor({ draft, initial, language, onError, onText }: BodyEditorProps) {
  const { t } = useTranslation();
  const [findOpen, setFindOpen] = useState(false);
  const [stats, setStats] = useState<Stats>({ words: 0, characters: 0 });
  const statsTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const { bodyChanged, save, registerBody } = draft;

  // Built once: the editor keeps its schema for its whole life.
  const [extensions] = useState(() => [
    ...articleExtensions().map((extension) =>
      extension.name === 'image'
        ? extension.extend({ addNodeView: () => ReactNodeViewRenderer(ImageFigureView) })
        : extension,
    ),
    SmartQuotes.configure({ language }),
    Find,
  ]);
  const editor = useEditor({
    extensions,
    content: initial,
    shouldRerenderOnTransaction: false,
    // The core 'delete' extension replays each transaction's steps after every change to
    // report deleted nodes; nothing here listens, so a keystroke need not pay for it.
    enableCoreExtensions: { delete: false },
    editorProps: {
      attributes: {
        'aria-label': t('editor.body'),
        'aria-multiline': 'true',
        role: 'textbox',
        spellcheck: 'true',
        lang: language,
        class: 'article-body',
      },
      transformPastedHTML: (html) => cleanPastedHtml(html),
      // Image files dropped or pasted (a screenshot) are copied into the store, never inlined.
      handleDrop: (view, event, _slice, moved) => {
        const files = moved ? [] : imageFiles(event.dataTransfer);
        if (!files.length) return false;
        event.preventDefault();
        const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
        void insertImageFiles(view, files, at?.pos ?? view.state.selection.from, onError);
        return true;
      },
      handlePaste: (view, event) => {
        const data = event.clipboardData;
        if (!data || data.getData('text/html') || data.getData('text/plain')) return false;
        const files = imageFiles(data);
        if (!files.length) return false;
        void insertImageFiles(view, files, view.state.selection.from, onError);
        return true;
      },
      clipboardTextParser: (text, _context, _plain, view) => {
        const { schema } = view.state;
        const paragraphs = plainTextToParagraphs(text).map((paragraph) =>
          schema.nodes['paragraph']!.create(null, schema.text(paragraph)),
        );
        return new Slice(Fragment.from(paragraphs), 1, 1);
      },
    },
    onUpdate: () => {
      bodyChanged();
      clearTimeout(statsTimer.current);
      statsTimer.current = setTimeout(() => measure(), STATS_DELAY_MS);
    },
    onBlur: () => void save(true),
  });

  function measure(): void {
    if (editor.isDestroyed) return;
    const { doc } = editor.state;
    const text = doc.textBetween(0, doc.content.size, '\n\n', ' ');
    setStats({ words: countWords(text), characters: countCharacters(text) });
    onText?.(text);
  }

  useEffect(() => {
    registerBody({
      get: () => editor.getJSON() as RichTextDoc,
      set: (doc) => {
        editor.commands.setContent(doc, { emitUpdate: false });
        measure();
      },
    });
    measure();
    return () => {
      registerBody(null);
      clearTimeout(statsTimer.current);
    };
    // `measure` reads the editor only; binding once per editor is enough.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, registerBody]);

  useEffect(() => {
    setSmartQuotesLanguage(editor, language);
    editor.setOptions({
      editorProps: {
        ...editor.options.editorProps,
        attributes: {
          ...(editor.options.editorProps.attributes as Record<string, string>),
          lang: language,
        },
      },
    });
  }, [editor, language]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (
        (event.ctrlKey || event.metaKey) &&
        !event.altKey &&
        event.key.toLowerCase() === 'f' &&
        !event.shiftKey
      ) {
        event.preventDefault();
        setFindOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <section className="body-editor">
      <EditorToolbar editor={editor} onFind={() => setFindOpen(true)} onError={onError} />
      {findOpen && <FindBar editor={editor} onClose={() => setFindOpen(false)} />}
      <EditorContent editor={editor} className="editor-content" />
      <p className="text-stats" aria-live="off">
        <span>{t('editor.stats.words', { count: stats.words })}</span>
        <span>{t('editor.stats.characters', { count: stats.characters })}</span>
        <span>{t('editor.stats.reading', { count: readingMinutes(stats.words) })}</span>
      </p>
    </section>
  );
}
