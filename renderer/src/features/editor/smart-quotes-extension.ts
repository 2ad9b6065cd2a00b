/** Typing " or ' inserts the typographic quote of the article's language (see shared/smart-quotes). */
import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Language } from '@shared/domain';
import { smartQuote } from '@shared/smart-quotes';

export interface SmartQuotesOptions {
  language: Language;
}

export interface SmartQuotesStorage {
  /** Changed in place when the article's language changes, so no new editor is needed. */
  language: Language;
}

declare module '@tiptap/core' {
  interface Storage {
    smartQuotes: SmartQuotesStorage;
  }
}

export const SmartQuotes = Extension.create<SmartQuotesOptions, SmartQuotesStorage>({
  name: 'smartQuotes',
  addOptions() {
    return { language: 'en' };
  },
  addStorage() {
    return { language: this.options.language };
  },
  addProseMirrorPlugins() {
    const { editor } = this;
    return [
      new Plugin({
        key: new PluginKey('smartQuotes'),
        props: {
          handleTextInput(view, from, to, text) {
            if (text !== '"' && text !== "'") return false;
            const $from = view.state.doc.resolve(from);
            const start = Math.max(0, $from.parentOffset - 200);
            const before = $from.parent.textBetween(start, $from.parentOffset, undefined, '\ufffc');
            const quote = smartQuote(editor.storage.smartQuotes.language, before, text);
            view.dispatch(view.state.tr.insertText(quote, from, to));
            return true;
          },
        },
      }),
    ];
  },
});

/** Switches the quotes the editor types, for an article whose language changed. */
export function setSmartQuotesLanguage(editor: Editor, language: Language): void {
  editor.storage.smartQuotes.language = language;
}
