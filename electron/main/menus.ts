/**
 * The native menus as pure templates: the application menu (File, Edit, View, Help) and
 * the editing context menu with spelling suggestions, both in the interface language.
 * main.ts turns them into Electron menus and supplies the few actions that need effects.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { ShellCommand } from '../../shared/contract/events.js';
import type { Language } from '../../shared/domain.js';

const LABELS = {
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    help: 'Help',
    newArticle: 'New Article',
    desk: 'Desk',
    settings: 'Settings…',
    showStore: 'Show Store Folder',
    closeWindow: 'Close Window',
    quit: 'Quit Newsroom Desk',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    pasteAsText: 'Paste as Plain Text',
    selectAll: 'Select All',
    reload: 'Reload',
    devTools: 'Developer Tools',
    actualSize: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Toggle Full Screen',
    about: 'About Newsroom Desk',
    hide: 'Hide Newsroom Desk',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    noGuesses: 'No Spelling Suggestions',
    addToDictionary: 'Add to Dictionary',
    openLink: 'Open Link in Browser',
    copyLink: 'Copy Link Address',
  },
  ru: {
    file: 'Файл',
    edit: 'Правка',
    view: 'Вид',
    help: 'Справка',
    newArticle: 'Новый материал',
    desk: 'Редакционный стол',
    settings: 'Настройки…',
    showStore: 'Показать папку хранилища',
    closeWindow: 'Закрыть окно',
    quit: 'Выйти из Newsroom Desk',
    undo: 'Отменить',
    redo: 'Повторить',
    cut: 'Вырезать',
    copy: 'Копировать',
    paste: 'Вставить',
    pasteAsText: 'Вставить как простой текст',
    selectAll: 'Выделить всё',
    reload: 'Перезагрузить',
    devTools: 'Инструменты разработчика',
    actualSize: 'Исходный масштаб',
    zoomIn: 'Увеличить',
    zoomOut: 'Уменьшить',
    fullScreen: 'Полноэкранный режим',
    about: 'О программе Newsroom Desk',
    hide: 'Скрыть Newsroom Desk',
    hideOthers: 'Скрыть остальные',
    showAll: 'Показать все',
    noGuesses: 'Нет вариантов написания',
    addToDictionary: 'Добавить в словарь',
    openLink: 'Открыть ссылку в браузере',
    copyLink: 'Копировать адрес ссылки',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type MenuLabels = (typeof LABELS)['en'];

export function menuLabels(language: Language): Record<keyof MenuLabels, string> {
  return LABELS[language];
}

export interface AppMenuActions {
  showStoreFolder(): void;
  showAbout(): void;
  /** Asks the page to carry out a command (it owns routes and article creation). */
  command(command: ShellCommand): void;
}

export interface AppMenuOptions {
  language: Language;
  platform: NodeJS.Platform;
  /** Developer tools only outside a packaged build. */
  developer: boolean;
  actions: AppMenuActions;
}

/**
 * File, Edit, View, Help (with the application menu first on macOS). Edit items keep their
 * roles so shortcuts and the OS clipboard work; labels are set so they follow the
 * interface language rather than the OS.
 */
export function applicationMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const l = menuLabels(options.language);
  const mac = options.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: 'Newsroom Desk',
      submenu: [
        { label: l.about, click: () => options.actions.showAbout() },
        { type: 'separator' },
        { role: 'hide', label: l.hide },
        { role: 'hideOthers', label: l.hideOthers },
        { role: 'unhide', label: l.showAll },
        { type: 'separator' },
        { role: 'quit', label: l.quit },
      ],
    });
  }
  template.push(
    {
      label: l.file,
      submenu: [
        {
          id: 'new-article',
          label: l.newArticle,
          accelerator: 'CmdOrCtrl+N',
          click: () => options.actions.command('new-article'),
        },
        {
          id: 'show-desk',
          label: l.desk,
          accelerator: 'CmdOrCtrl+1',
          click: () => options.actions.command('show-desk'),
        },
        {
          id: 'show-settings',
          label: l.settings,
          accelerator: 'CmdOrCtrl+,',
          click: () => options.actions.command('show-settings'),
        },
        { type: 'separator' },
        { label: l.showStore, click: () => options.actions.showStoreFolder() },
        { type: 'separator' },
        mac ? { role: 'close', label: l.closeWindow } : { role: 'quit', label: l.quit },
      ],
    },
    {
      label: l.edit,
      submenu: [
        { role: 'undo', label: l.undo },
        { role: 'redo', label: l.redo },
        { type: 'separator' },
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'pasteAndMatchStyle', label: l.pasteAsText },
        { role: 'selectAll', label: l.selectAll },
      ],
    },
    {
      label: l.view,
      submenu: [
        { role: 'reload', label: l.reload },
        ...(options.developer
          ? [{ role: 'toggleDevTools', label: l.devTools } satisfies MenuItemConstructorOptions]
          : []),
        { type: 'separator' },
        { role: 'resetZoom', label: l.actualSize },
        { role: 'zoomIn', label: l.zoomIn },
        { role: 'zoomOut', label: l.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: l.fullScreen },
      ],
    },
    {
      label: l.help,
      role: 'help',
      submenu: [{ label: l.about, click: () => options.actions.showAbout() }],
    },
  );
  return template;
}

/** The parts of Electron's ContextMenuParams the context menu reads. */
export interface ContextMenuInput {
  misspelledWord: string;
  dictionarySuggestions: string[];
  isEditable: boolean;
  selectionText: string;
  linkURL: string;
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

export interface ContextMenuActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
  openLink(url: string): void;
  copyLink(url: string): void;
}

/** How many spelling suggestions the context menu lists. */
export const MAX_SUGGESTIONS = 6;

/**
 * The right-click menu: spelling suggestions for a misspelled word (replace, or add the
 * word to the dictionary), link actions for web links, then the clipboard. Empty when
 * there is nothing to offer, so no empty menu pops up.
 */
export function contextMenuTemplate(
  input: ContextMenuInput,
  language: Language,
  actions: ContextMenuActions,
  isWebLink: (url: string) => boolean,
): MenuItemConstructorOptions[] {
  const l = menuLabels(language);
  const items: MenuItemConstructorOptions[] = [];
  if (input.isEditable && input.misspelledWord) {
    const suggestions = input.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) items.push({ label: l.noGuesses, enabled: false });
    for (const suggestion of suggestions) {
      items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    }
    const word = input.misspelledWord;
    items.push(
      { type: 'separator' },
      { label: l.addToDictionary, click: () => actions.addToDictionary(word) },
      { type: 'separator' },
    );
  }
  if (input.linkURL && isWebLink(input.linkURL)) {
    const link = input.linkURL;
    items.push(
      { label: l.openLink, click: () => actions.openLink(link) },
      { label: l.copyLink, click: () => actions.copyLink(link) },
      { type: 'separator' },
    );
  }
  if (input.isEditable) {
    items.push(
      { role: 'cut', label: l.cut, enabled: input.editFlags.canCut },
      { role: 'copy', label: l.copy, enabled: input.editFlags.canCopy },
      { role: 'paste', label: l.paste, enabled: input.editFlags.canPaste },
      { role: 'pasteAndMatchStyle', label: l.pasteAsText, enabled: input.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: l.selectAll, enabled: input.editFlags.canSelectAll },
    );
  } else if (input.selectionText.trim()) {
    items.push({ role: 'copy', label: l.copy, enabled: input.editFlags.canCopy });
  }
  while (items.at(-1)?.type === 'separator') items.pop();
  return items;
}

/**
 * Spellchecker languages: English and Russian, as far as this system's Chromium offers
 * them (asking for one it lacks throws). macOS uses its own spellchecker instead.
 */
export const WANTED_SPELLCHECK_LANGUAGES = ['en-US', 'ru'] as const;

export function spellcheckLanguages(available: readonly string[]): string[] {
  return WANTED_SPELLCHECK_LANGUAGES.filter((language) => available.includes(language));
}

/** Title and text of the native dialog shown when the store cannot be opened. */
export function startupErrorText(
  code: string,
  message: string,
  locale: string,
): { title: string; body: string } {
  const russian = locale.toLowerCase().startsWith('ru');
  if (code === 'locked') {
    return {
      title: russian ? 'Хранилище уже открыто' : 'The store is already open',
      body: message,
    };
  }
  return {
    title: russian ? 'Не удалось открыть хранилище' : 'The store could not be opened',
    body: message,
  };
}
