/** Strings of the workflow controls: actions, scheduling, flags, embargo, history, scheduler notices. */
export const en = {
  title: 'Workflow',
  status: 'Status: {{status}}',
  actions: {
    submit: 'Submit for editing',
    markEdited: 'Mark as edited',
    returnToDraft: 'Return to draft',
    schedule: 'Schedule',
    unschedule: 'Take off the schedule',
    publish: 'Publish now',
    unpublish: 'Unpublish',
    spike: 'Spike',
    restore: 'Restore',
  },
  withTwin: 'Together with the twin in the other language',
  cancel: 'Cancel',
  chiefOnly: 'Scheduling and publishing are for the desk chief.',
  schedule: {
    legend: 'Publish at (newsroom time, {{zone}})',
    date: 'Date',
    time: 'Time',
    submit: 'Schedule',
    reschedule: 'Reschedule',
    at: 'Scheduled for {{time}}',
    published: 'Published {{time}}',
    foldQuestion: 'This time happens twice (the clocks go back). Which one?',
    earlier: 'The first {{time}} ({{offset}})',
    later: 'The second {{time}} ({{offset}})',
  },
  zone: {
    newsroom: '{{time}} newsroom time ({{zone}})',
    yours: '{{time}} your time ({{zone}})',
  },
  embargo: {
    legend: 'Embargo',
    until: 'Embargoed until {{time}}',
    none: 'No embargo.',
    set: 'Set embargo',
    lift: 'Lift embargo',
  },
  flags: {
    legend: 'Flags',
    legalCheck: 'Legal check needed',
    notForPublication: 'Not for publication',
    reason: 'Reason',
    save: 'Apply flags',
    blocked: 'Blocked: {{reason}}',
  },
  history: {
    title: 'History',
    empty: 'No status changes yet.',
    entry: '{{from}} → {{to}}',
    by: 'by {{name}}',
  },
  notice: {
    caughtUp_one:
      'While the desk was closed, {{count}} scheduled article fell due and was published now:',
    caughtUp_other:
      'While the desk was closed, {{count}} scheduled articles fell due and were published now:',
    waiting_one: '{{count}} scheduled article is overdue and waits for your confirmation:',
    waiting_other: '{{count}} scheduled articles are overdue and wait for your confirmation:',
    blocked_one: '{{count}} scheduled article is due but flagged, so it was not published:',
    blocked_other: '{{count}} scheduled articles are due but flagged, so they were not published:',
    due: 'due {{time}}',
    more_one: 'and {{count}} more',
    more_other: 'and {{count}} more',
    publishAll: 'Publish them now',
    dismiss: 'Dismiss',
  },
};

/** Every English key exists in Russian; Russian adds its extra plural forms (_few, _many). */
type SameKeys<T> = {
  [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> & Record<string, unknown>;
};

export const ru: SameKeys<typeof en> = {
  title: 'Выпуск',
  status: 'Статус: {{status}}',
  actions: {
    submit: 'Отправить на редактуру',
    markEdited: 'Отредактировано',
    returnToDraft: 'Вернуть в черновики',
    schedule: 'Запланировать',
    unschedule: 'Снять с плана',
    publish: 'Опубликовать сейчас',
    unpublish: 'Снять с публикации',
    spike: 'В корзину',
    restore: 'Восстановить',
  },
  withTwin: 'Вместе с версией на другом языке',
  cancel: 'Отмена',
  chiefOnly: 'Планировать и публиковать может только выпускающий редактор.',
  schedule: {
    legend: 'Опубликовать (время редакции, {{zone}})',
    date: 'Дата',
    time: 'Время',
    submit: 'Запланировать',
    reschedule: 'Перенести',
    at: 'Запланировано на {{time}}',
    published: 'Опубликовано {{time}}',
    foldQuestion: 'Это время наступает дважды (часы переводят назад). Какое из двух?',
    earlier: 'Первое {{time}} ({{offset}})',
    later: 'Второе {{time}} ({{offset}})',
  },
  zone: {
    newsroom: '{{time}} по времени редакции ({{zone}})',
    yours: '{{time}} по вашему времени ({{zone}})',
  },
  embargo: {
    legend: 'Эмбарго',
    until: 'Эмбарго до {{time}}',
    none: 'Эмбарго нет.',
    set: 'Установить эмбарго',
    lift: 'Снять эмбарго',
  },
  flags: {
    legend: 'Отметки',
    legalCheck: 'Нужна юридическая проверка',
    notForPublication: 'Не для публикации',
    reason: 'Причина',
    save: 'Применить отметки',
    blocked: 'Заблокировано: {{reason}}',
  },
  history: {
    title: 'История',
    empty: 'Статус ещё не менялся.',
    entry: '{{from}} → {{to}}',
    by: '{{name}}',
  },
  notice: {
    caughtUp_one:
      'Пока редакция была закрыта, наступило время {{count}} материала; он опубликован сейчас:',
    caughtUp_few:
      'Пока редакция была закрыта, наступило время {{count}} материалов; они опубликованы сейчас:',
    caughtUp_many:
      'Пока редакция была закрыта, наступило время {{count}} материалов; они опубликованы сейчас:',
    caughtUp_other:
      'Пока редакция была закрыта, наступило время {{count}} материала; они опубликованы сейчас:',
    waiting_one: '{{count}} запланированный материал просрочен и ждёт вашего подтверждения:',
    waiting_few: '{{count}} запланированных материала просрочены и ждут вашего подтверждения:',
    waiting_many: '{{count}} запланированных материалов просрочены и ждут вашего подтверждения:',
    waiting_other: '{{count}} запланированного материала просрочены и ждут вашего подтверждения:',
    blocked_one:
      'Время {{count}} материала наступило, но у него есть отметка, и он не опубликован:',
    blocked_few:
      'Время {{count}} материалов наступило, но у них есть отметки, и они не опубликованы:',
    blocked_many:
      'Время {{count}} материалов наступило, но у них есть отметки, и они не опубликованы:',
    blocked_other:
      'Время {{count}} материала наступило, но у них есть отметки, и они не опубликованы:',
    due: 'по плану {{time}}',
    more_one: 'и ещё {{count}}',
    more_few: 'и ещё {{count}}',
    more_many: 'и ещё {{count}}',
    more_other: 'и ещё {{count}}',
    publishAll: 'Опубликовать сейчас',
    dismiss: 'Скрыть',
  },
};
