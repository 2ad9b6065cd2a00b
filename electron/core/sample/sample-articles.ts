/** Sample articles, written for Newsroom Desk (not taken from any publication). */
import type { ArticleStatus, Language } from '../../../shared/domain.js';

export interface SampleArticle {
  language: Language;
  categoryId: string;
  status: ArticleStatus;
  hoursAgo: number;
  headline: string;
  standfirst: string;
  byline: string;
  dateline: string;
  body: string[];
}

export const SAMPLE_ARTICLES: SampleArticle[] = [
  {
    language: 'en',
    categoryId: 'economy',
    status: 'published',
    hoursAgo: 3,
    headline: 'Caspian ferry line adds a second weekly crossing',
    standfirst:
      'Freight operators say the extra sailing between Baku and Aktau will cut waiting times at both ports.',
    byline: 'Leyla Hasanova',
    dateline: 'Baku',
    body: [
      'The port authority announced on Tuesday that a second weekly ferry will run between Baku and Aktau from next month.',
      'Truck drivers have waited up to four days for a place on the single weekly sailing during the autumn harvest.',
    ],
  },
  {
    language: 'ru',
    categoryId: 'society',
    status: 'draft',
    hoursAgo: 0,
    headline: 'В Алматы открылась первая библиотека под открытым небом',
    standfirst: 'Книги можно брать без читательского билета: горожане возвращают их сами.',
    byline: 'Айгерим Сатпаева',
    dateline: 'Алматы',
    body: [
      'Во вторник в парке у Зелёного базара открылась библиотека под открытым небом.',
      'Ёлки вокруг павильона посадили волонтёры, а полки собрали студенты колледжа.',
    ],
  },
];
