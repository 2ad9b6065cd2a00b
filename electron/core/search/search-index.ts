/**
 * Full-text search over headline, standfirst and body in both languages, with MiniSearch.
 * Terms are folded (lower case, ё → е) so "Ёлка", "елка" and "ЕЛКА" meet; a query matches
 * word prefixes, which also catches most Russian inflections ("Азербайджан" finds
 * "Азербайджана").
 */
import MiniSearch from 'minisearch';
import type { Article } from '../../../shared/domain.js';
import { docToPlainText } from '../../../shared/text-stats.js';

export function foldTerm(term: string): string {
  return term.toLowerCase().replace(/ё/g, 'е');
}

const TOKEN = /[\p{L}\p{N}]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

interface IndexedDoc {
  id: string;
  headline: string;
  standfirst: string;
  body: string;
  language: string;
}

export interface SearchHit {
  id: string;
  score: number;
}

export class SearchIndex {
  private readonly index = new MiniSearch<IndexedDoc>({
    fields: ['headline', 'standfirst', 'body'],
    storeFields: [],
    tokenize,
    processTerm: (term) => (term.length > 0 ? foldTerm(term) : null),
    searchOptions: { prefix: true, combineWith: 'AND', boost: { headline: 3, standfirst: 2 } },
  });

  get ready(): boolean {
    return true;
  }

  upsert(article: Article): void {
    if (this.index.has(article.id)) this.index.discard(article.id);
    this.index.add({
      id: article.id,
      headline: article.headline,
      standfirst: article.standfirst,
      body: docToPlainText(article.body),
      language: article.language,
    });
  }

  remove(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
  }

  search(text: string, limit = 10_000): SearchHit[] {
    if (!tokenize(text).length) return [];
    return this.index
      .search(text)
      .slice(0, limit)
      .map((result) => ({ id: String(result.id), score: result.score }));
  }

  /** The folded query words, for highlighting matches in the list. */
  static highlightTerms(text: string): string[] {
    return tokenize(text).map(foldTerm);
  }
}
