/** i18next set up with English and Russian; dates and numbers go through Intl with the same locale. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@shared/domain';
import * as editorMessages from '../features/editor/messages';
import * as exportMessages from '../features/export/messages';
import * as taggerMessages from '../features/tagger/messages';
import * as taxonomyMessages from '../features/taxonomy/messages';
import * as calendarMessages from '../features/calendar/messages';
import * as workflowMessages from '../features/workflow/messages';
import { boardMessages } from '../features/board/messages';
import { en } from './en';
import { ru } from './ru';

/**
 * Feature folders keep their own strings (`features/<name>/messages.ts`, exporting
 * `{ en, ru }`) under a top-level key of their own; list them here.
 */
const FEATURE_MESSAGES: Record<string, { en: object; ru: object }> = {
  editor: editorMessages,
  export: exportMessages,
  tagger: taggerMessages,
  taxonomy: taxonomyMessages,
  calendar: calendarMessages,
  workflow: workflowMessages,
  board: boardMessages,
};

const withFeatures = (base: object, language: 'en' | 'ru'): object => ({
  ...base,
  ...Object.fromEntries(
    Object.entries(FEATURE_MESSAGES).map(([key, messages]) => [key, messages[language]]),
  ),
});

void i18next.use(initReactI18next).init({
  resources: {
    en: { translation: withFeatures(en, 'en') },
    ru: { translation: withFeatures(ru, 'ru') },
  },
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export const i18n = i18next;

export function setInterfaceLanguage(language: Language): void {
  if (i18next.language !== language) void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export function formatDateTime(iso: string, language: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(language === 'ru' ? 'ru-RU' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(iso));
}

export function formatTime(date: Date, language: string): string {
  return new Intl.DateTimeFormat(language === 'ru' ? 'ru-RU' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}
