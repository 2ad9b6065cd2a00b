/** Strings of the calendar: views, lane, filters, drag and drop announcements, day notes. */
export const en = {
  title: 'Calendar',
  views: { day: 'Day', week: 'Week' },
  previous: 'Previous',
  next: 'Next',
  today: 'Today',
  twins: 'Move twins together',
  range: 'Showing {{range}}',
  zone: 'Times are newsroom time ({{zone}}).',
  zoneDiffers: 'Times are newsroom time ({{zone}}); your computer is on {{mine}}.',
  lane: {
    title: 'Unscheduled',
    hint: 'Edited articles waiting for a slot. Drag one onto an hour to schedule it.',
    empty: 'No edited articles are waiting.',
  },
  chiefOnly: 'Only the desk chief can schedule: dragging is turned off for your role.',
  filters: { language: 'Language', category: 'Category', author: 'Author', any: 'Any' },
  move: 'Move {{headline}}',
  slot: '{{day}}, {{hour}}',
  noteLabel: 'Note for {{day}}',
  notePlaceholder: 'Plan for the day…',
  conflict:
    'Top story conflict: {{count}} articles are planned for the {{language}} top story at {{time}}.',
  pinned: {
    conflict_one:
      '“{{headline}}” is pinned as the {{language}} top story {{until}}: the article scheduled for {{time}} will not lead the home page unless the pin is lifted.',
    conflict_other:
      '“{{headline}}” is pinned as the {{language}} top story {{until}}: {{count}} articles scheduled while it holds (the first at {{time}}) will not lead the home page unless the pin is lifted.',
    until: 'until {{time}}',
    noEnd: 'with no end',
  },
  embargo: 'embargo',
  dnd: {
    instructions:
      'To pick up an article, focus its move handle and press space. Use the arrow keys to move between hours and days, space again to drop, escape to cancel.',
    start: 'Picked up {{headline}}.',
    over: '{{headline}} is over {{slot}}.',
    outside: '{{headline}} is not over an hour.',
    drop: '{{headline}} dropped on {{slot}}.',
    cancel: 'Moving {{headline}} was cancelled.',
  },
};

/** Every English key exists in Russian; Russian adds its extra plural forms (_few, _many). */
type SameKeys<T> = {
  [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> & Record<string, unknown>;
};

export const ru: SameKeys<typeof en> = {
  title: 'Календарь',
  views: { day: 'День', week: 'Неделя' },
  previous: 'Назад',
  next: 'Вперёд',
  today: 'Сегодня',
  twins: 'Переносить вместе с версией на другом языке',
  range: 'Показано: {{range}}',
  zone: 'Время редакции ({{zone}}).',
  zoneDiffers: 'Время редакции ({{zone}}); на вашем компьютере {{mine}}.',
  lane: {
    title: 'Без даты',
    hint: 'Отредактированные материалы ждут времени. Перетащите материал на час, чтобы запланировать.',
    empty: 'Отредактированных материалов без даты нет.',
  },
  chiefOnly: 'Планирует только выпускающий редактор: перетаскивание для вашей роли выключено.',
  filters: { language: 'Язык', category: 'Рубрика', author: 'Автор', any: 'Все' },
  move: 'Переместить «{{headline}}»',
  slot: '{{day}}, {{hour}}',
  noteLabel: 'Заметка на {{day}}',
  notePlaceholder: 'План на день…',
  conflict:
    'Конфликт главной темы: {{count}} материала запланированы главной темой ({{language}}) на {{time}}.',
  pinned: {
    conflict_one:
      '«{{headline}}» закреплён главной темой ({{language}}) {{until}}: материал, запланированный на {{time}}, не станет главной темой, пока закрепление не снято.',
    conflict_few:
      '«{{headline}}» закреплён главной темой ({{language}}) {{until}}: {{count}} материала, запланированные на это время (первый — на {{time}}), не станут главной темой, пока закрепление не снято.',
    conflict_many:
      '«{{headline}}» закреплён главной темой ({{language}}) {{until}}: {{count}} материалов, запланированных на это время (первый — на {{time}}), не станут главной темой, пока закрепление не снято.',
    conflict_other:
      '«{{headline}}» закреплён главной темой ({{language}}) {{until}}: {{count}} материала, запланированные на это время (первый — на {{time}}), не станут главной темой, пока закрепление не снято.',
    until: 'до {{time}}',
    noEnd: 'без срока',
  },
  embargo: 'эмбарго',
  dnd: {
    instructions:
      'Чтобы взять материал, переведите фокус на его ручку и нажмите пробел. Стрелки переносят между часами и днями, пробел отпускает, Escape отменяет.',
    start: 'Взят материал «{{headline}}».',
    over: '«{{headline}}» над ячейкой {{slot}}.',
    outside: '«{{headline}}» не над ячейкой.',
    drop: '«{{headline}}» отпущен на {{slot}}.',
    cancel: 'Перенос «{{headline}}» отменён.',
  },
};
