/** Native menus, spellchecker languages, startup dialog text and the store location. */
import { describe, expect, it } from 'vitest';
import {
  applicationMenuTemplate,
  contextMenuTemplate,
  menuLabels,
  spellcheckLanguages,
  startupErrorText,
  type ContextMenuInput,
} from '../../electron/main/menus.js';
import { isSafeExternalUrl } from '../../electron/main/security.js';
import { storeDirFromArgv } from '../../electron/main/store-location.js';

/** Electron's MenuItemConstructorOptions, without importing 'electron' outside the shell. */
type MenuItemConstructorOptions = ReturnType<typeof applicationMenuTemplate>[number];

const noActions = {
  showStoreFolder: () => undefined,
  showAbout: () => undefined,
  command: () => undefined,
};

function labels(items: MenuItemConstructorOptions[]): (string | undefined)[] {
  return items.map((item) => (item.type === 'separator' ? '---' : item.label));
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return Array.isArray(item?.submenu) ? item.submenu : [];
}

describe('application menu', () => {
  it('has File, Edit, View, Help in English', () => {
    const template = applicationMenuTemplate({
      language: 'en',
      platform: 'linux',
      developer: false,
      actions: noActions,
    });
    expect(labels(template)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('speaks Russian when the interface does', () => {
    const template = applicationMenuTemplate({
      language: 'ru',
      platform: 'win32',
      developer: false,
      actions: noActions,
    });
    expect(labels(template)).toEqual(['Файл', 'Правка', 'Вид', 'Справка']);
    expect(labels(submenu(template[1]))).toEqual([
      'Отменить',
      'Повторить',
      '---',
      'Вырезать',
      'Копировать',
      'Вставить',
      'Вставить как простой текст',
      'Выделить всё',
    ]);
  });

  it('translates every label', () => {
    const en = menuLabels('en');
    const ru = menuLabels('ru');
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(ru[key], key).not.toBe(en[key]);
      expect(ru[key]).not.toBe('');
    }
  });

  it('puts the application menu first on macOS and offers developer tools only in development', () => {
    const mac = applicationMenuTemplate({
      language: 'en',
      platform: 'darwin',
      developer: true,
      actions: noActions,
    });
    expect(labels(mac)).toEqual(['Newsroom Desk', 'File', 'Edit', 'View', 'Help']);
    expect(submenu(mac[3]).some((item) => item.role === 'toggleDevTools')).toBe(true);
    const packaged = applicationMenuTemplate({
      language: 'en',
      platform: 'linux',
      developer: false,
      actions: noActions,
    });
    expect(submenu(packaged[2]).some((item) => item.role === 'toggleDevTools')).toBe(false);
  });

  it('runs its actions', () => {
    const calls: string[] = [];
    const template = applicationMenuTemplate({
      language: 'en',
      platform: 'linux',
      developer: false,
      actions: {
        showStoreFolder: () => calls.push('store'),
        showAbout: () => calls.push('about'),
        command: (command) => calls.push(command),
      },
    });
    const click = (item: MenuItemConstructorOptions | undefined): void =>
      (item?.click as (() => void) | undefined)?.();
    const file = submenu(template[0]);
    for (const id of ['new-article', 'show-desk', 'show-settings']) {
      click(file.find((item) => item.id === id));
    }
    click(file.find((item) => item.label === 'Show Store Folder'));
    click(submenu(template[3])[0]);
    expect(calls).toEqual(['new-article', 'show-desk', 'show-settings', 'store', 'about']);
    expect(file.find((item) => item.id === 'new-article')?.accelerator).toBe('CmdOrCtrl+N');
  });
});

describe('context menu', () => {
  const base: ContextMenuInput = {
    misspelledWord: '',
    dictionarySuggestions: [],
    isEditable: true,
    selectionText: '',
    linkURL: '',
    editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true },
  };

  function actions(calls: string[]) {
    return {
      replaceMisspelling: (word: string) => calls.push(`replace:${word}`),
      addToDictionary: (word: string) => calls.push(`add:${word}`),
      openLink: (url: string) => calls.push(`open:${url}`),
      copyLink: (url: string) => calls.push(`copy:${url}`),
    };
  }

  it('offers spelling suggestions for a misspelled Russian word, and adding it', () => {
    const calls: string[] = [];
    const template = contextMenuTemplate(
      { ...base, misspelledWord: 'Тбилиси', dictionarySuggestions: ['Тбилисо', 'Тбилис'] },
      'ru',
      actions(calls),
      isSafeExternalUrl,
    );
    expect(labels(template).slice(0, 4)).toEqual([
      'Тбилисо',
      'Тбилис',
      '---',
      'Добавить в словарь',
    ]);
    (template[0]?.click as () => void)();
    (template[3]?.click as () => void)();
    expect(calls).toEqual(['replace:Тбилисо', 'add:Тбилиси']);
  });

  it('says so when there is no suggestion', () => {
    const template = contextMenuTemplate(
      { ...base, misspelledWord: 'qwzx' },
      'en',
      actions([]),
      isSafeExternalUrl,
    );
    expect(template[0]).toMatchObject({ label: 'No Spelling Suggestions', enabled: false });
  });

  it('offers web links to the browser, but not other schemes', () => {
    const calls: string[] = [];
    const web = contextMenuTemplate(
      { ...base, isEditable: false, linkURL: 'https://example.org/a' },
      'en',
      actions(calls),
      isSafeExternalUrl,
    );
    expect(labels(web)).toEqual(['Open Link in Browser', 'Copy Link Address']);
    (web[0]?.click as () => void)();
    expect(calls).toEqual(['open:https://example.org/a']);
    const file = contextMenuTemplate(
      { ...base, isEditable: false, linkURL: 'file:///etc/passwd' },
      'en',
      actions([]),
      isSafeExternalUrl,
    );
    expect(file).toEqual([]);
  });

  it('follows the edit flags and ends without a separator', () => {
    const template = contextMenuTemplate(base, 'en', actions([]), isSafeExternalUrl);
    expect(template.find((item) => item.role === 'cut')?.enabled).toBe(false);
    expect(template.find((item) => item.role === 'paste')?.enabled).toBe(true);
    expect(template.at(-1)?.type).not.toBe('separator');
  });

  it('offers Copy for selected text outside an editor, and nothing for a bare click', () => {
    const selected = contextMenuTemplate(
      {
        ...base,
        isEditable: false,
        selectionText: 'Баку',
        editFlags: { ...base.editFlags, canCopy: true },
      },
      'en',
      actions([]),
      isSafeExternalUrl,
    );
    expect(labels(selected)).toEqual(['Copy']);
    expect(
      contextMenuTemplate({ ...base, isEditable: false }, 'en', actions([]), isSafeExternalUrl),
    ).toEqual([]);
  });
});

describe('spellchecker', () => {
  it('asks for English and Russian as far as the system has them', () => {
    expect(spellcheckLanguages(['de', 'en-GB', 'en-US', 'ru', 'uk'])).toEqual(['en-US', 'ru']);
    expect(spellcheckLanguages(['en-US'])).toEqual(['en-US']);
    expect(spellcheckLanguages([])).toEqual([]);
  });
});

describe('startup errors', () => {
  it('names a locked store in the OS language', () => {
    expect(
      startupErrorText('locked', 'Another Newsroom Desk has this store open.', 'ru-RU'),
    ).toEqual({
      title: 'Хранилище уже открыто',
      body: 'Another Newsroom Desk has this store open.',
    });
    expect(startupErrorText('locked', 'm', 'en-GB').title).toBe('The store is already open');
    expect(startupErrorText('internal', 'disk full', 'en-US')).toEqual({
      title: 'The store could not be opened',
      body: 'disk full',
    });
  });
});

describe('store location', () => {
  it('uses store/ in the user data folder unless --data is given', () => {
    expect(storeDirFromArgv(['/usr/bin/electron', '.'], '/home/u/.config/Newsroom Desk')).toBe(
      '/home/u/.config/Newsroom Desk/store',
    );
    expect(storeDirFromArgv(['electron', '.', '--data', '/srv/desk'], '/x')).toBe('/srv/desk');
    expect(storeDirFromArgv(['electron', '.', '--data=/srv/desk2'], '/x')).toBe('/srv/desk2');
  });

  it('refuses --data without a folder', () => {
    expect(() => storeDirFromArgv(['electron', '.', '--data'], '/x')).toThrow(/--data/);
    expect(() => storeDirFromArgv(['electron', '.', '--data', '--port'], '/x')).toThrow(/--data/);
    expect(() => storeDirFromArgv(['electron', '.', '--data='], '/x')).toThrow(/--data/);
  });
});
