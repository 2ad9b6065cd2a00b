/** Russian interface strings; plural keys use i18next's _one/_few/_many/_other (CLDR rules). */
import type { Messages } from './en';

/** Every English key must exist here; Russian adds its extra plural forms (_few, _many). */
type SameKeys<T> = {
  [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> & Record<string, unknown>;
};

export const ru: SameKeys<Messages> = {
  app: {
    title: 'Редакция',
    nav: { desk: 'Лента', settings: 'Настройки', trash: 'Корзина' },
    browserMode: 'Режим браузера',
  },
  desk: {
    newArticle: 'Новая статья',
    searchPlaceholder: 'Поиск по заголовкам и тексту…',
    searchLabel: 'Поиск',
    indexing: 'Поисковый индекс загружается; результаты могут быть неполными.',
    filters: {
      status: 'Статус',
      language: 'Язык',
      category: 'Рубрика',
      sort: 'Порядок',
      any: 'Любой',
    },
    sorts: {
      updated_desc: 'Недавно изменённые',
      updated_asc: 'Давно не менявшиеся',
      created_desc: 'Сначала новые',
      headline_asc: 'Заголовок А–Я',
      published_desc: 'Недавно опубликованные',
    },
    count_one: '{{count}} статья',
    count_few: '{{count}} статьи',
    count_many: '{{count}} статей',
    count_other: '{{count}} статьи',
    words_one: '{{count}} слово',
    words_few: '{{count}} слова',
    words_many: '{{count}} слов',
    words_other: '{{count}} слова',
    empty: 'Ничего не найдено.',
    untitled: 'Без заголовка',
    spike: 'В корзину',
    restore: 'Восстановить',
    purge: 'Удалить навсегда',
    open: 'Открыть',
    updated: 'Изменено {{date}}',
  },
  status: {
    draft: 'Черновик',
    submitted: 'На редактуре',
    edited: 'Отредактировано',
    scheduled: 'Запланировано',
    published: 'Опубликовано',
    spiked: 'В корзине',
    active: 'Все, кроме корзины',
    all: 'Все',
  },
  language: { en: 'Английский', ru: 'Русский' },
  firstRun: {
    title: 'Добро пожаловать в Newsroom Desk',
    body: 'Хранилище пусто. Начните с примера редакции — статей на английском и русском — или с чистого листа.',
    sample: 'Открыть пример редакции',
    empty: 'Начать с нуля',
  },
  article: {
    back: 'Назад к ленте',
    headline: 'Заголовок',
    standfirst: 'Лид',
    body: 'Текст',
    byline: 'Автор',
    dateline: 'Место',
    language: 'Язык',
    category: 'Рубрика',
    noCategory: 'Без рубрики',
    save: 'Сохранить',
    saved: 'Сохранено в {{time}}',
    saving: 'Сохранение…',
    unsaved: 'Есть несохранённые изменения',
    conflict: 'Статью сохранил кто-то другой. Перезагрузите, чтобы увидеть его версию.',
    reload: 'Перезагрузить',
    revision: 'Версия {{number}}',
    slug: 'Адрес (slug)',
  },
  settings: {
    title: 'Настройки',
    newsroomName: 'Название редакции',
    baseUrl: 'Адрес сайта',
    timeZone: 'Часовой пояс редакции',
    profileName: 'Ваше имя',
    role: 'Роль',
    roles: { editor: 'Редактор', desk_chief: 'Выпускающий редактор' },
    interfaceLanguage: 'Язык интерфейса',
    save: 'Сохранить настройки',
    saved: 'Настройки сохранены.',
  },
  store: {
    quarantine_one: '{{count}} повреждённый документ перемещён в карантин. Ничего не перезаписано.',
    quarantine_few:
      '{{count}} повреждённых документа перемещены в карантин. Ничего не перезаписано.',
    quarantine_many:
      '{{count}} повреждённых документов перемещены в карантин. Ничего не перезаписано.',
    quarantine_other:
      '{{count}} повреждённого документа перемещены в карантин. Ничего не перезаписано.',
    unavailable:
      'Сервер редакции недоступен. Ваши правки сохранены локально и будут записаны, когда он вернётся.',
    locked: 'Это хранилище открыто в другом окне Newsroom Desk.',
    details: 'Подробнее',
  },
  errors: { generic: 'Что-то пошло не так: {{message}}' },
};
