/**
 * The sample newsroom's articles, written for Newsroom Desk (not taken from any
 * publication; the people, councils and companies in them are invented). Bodies are kept
 * in a compact form: a string is a paragraph (with **bold**, _italic_ and [links](url)),
 * objects are subheadings, quotes and lists; sample-newsroom.ts turns them into the
 * editor's JSON.
 */
import type { ArticleStatus, Language } from '../../../shared/domain.js';
import { SAMPLE_ARTICLES_EN } from './sample-articles-en.js';
import { SAMPLE_ARTICLES_RU } from './sample-articles-ru.js';

export type SampleBlock = string | { heading: string } | { quote: string } | { list: string[] };

export interface SampleArticle {
  /** A stable name for the story, used to link twins. */
  key: string;
  /** The key of the same story in the other language. */
  twin?: string;
  language: Language;
  categoryId: 'politics' | 'economy' | 'society' | 'culture' | 'sport' | 'incidents';
  status: Exclude<ArticleStatus, 'spiked'>;
  /** Published: how long ago. Scheduled: negative, how far ahead. Others: last touched. */
  hoursAgo: number;
  headline: string;
  standfirst: string;
  byline: string;
  dateline: string;
  body: SampleBlock[];
}

export const SAMPLE_ARTICLES: SampleArticle[] = [...SAMPLE_ARTICLES_EN, ...SAMPLE_ARTICLES_RU];
