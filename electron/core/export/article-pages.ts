/**
 * Article pages, rendered and written where their bodies were rendered (a worker thread
 * or this one). A worker does not get the whole site plan: it gets the site-wide parts
 * once (settings, taxonomy and their folders, the "Latest news" lists) and, with each
 * batch, the path of each page and its twin; the entries it read itself. Each page is
 * encoded once, hashed and, unless the previous bundle has the same bytes, written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Language } from '../../../shared/domain.js';
import type { RenderedBody } from './article-reader.js';
import { contentHash } from './content-hash.js';
import { manifestRows, type ManifestArticle } from './manifest.js';
import { plainEntry } from './stored-entry.js';
import { PathRegistry, resolveInsideBundle } from './site-paths.js';
import { exportedTwin, type SiteEntry, type SiteMeta, type SitePlan } from './site-model.js';
import { articlePage } from './templates.js';

/** The site-wide part of the plan an article page shows. */
export interface PageContext {
  meta: SiteMeta;
  siteKey: string;
  latestKeys: [Language, string][];
  categoryPath: [string, string][];
  tagPath: [string, string][];
  latest: [Language, { entry: SiteEntry; path: string }[]][];
}

export function pageContext(
  plan: SitePlan,
  siteKey: string,
  latestKeys: ReadonlyMap<Language, string>,
): PageContext {
  return {
    meta: plan.meta,
    siteKey,
    latestKeys: [...latestKeys],
    categoryPath: [...plan.categoryPath],
    tagPath: [...plan.tagPath],
    latest: [...plan.latest].map(([language, list]) => [
      language,
      list.flatMap((entry) => {
        const path = plan.articlePath.get(entry.id);
        return path ? [{ entry: plainEntry(entry), path }] : [];
      }),
    ]),
  };
}

/** One page to write: where it goes, and the twin it links to (entries live in other threads). */
export interface PageOrder {
  id: string;
  path: string;
  twin: { entry: SiteEntry; path: string } | null;
  /** Hash of the page in the previous bundle (incremental export), when there was one. */
  previous: string | null;
}

export function pageOrder(
  plan: SitePlan,
  id: string,
  previous: ReadonlyMap<string, string>,
): PageOrder | null {
  const path = plan.articlePath.get(id);
  const entry = plan.entries.get(id);
  if (!path || !entry) return null;
  const twin = entry.twinId ? plan.entries.get(entry.twinId) : undefined;
  const twinPath = twin ? plan.articlePath.get(twin.id) : undefined;
  return {
    id,
    path,
    twin: twin && twinPath ? { entry: plainEntry(twin), path: twinPath } : null,
    previous: previous.get(path) ?? null,
  };
}

export interface PageResult {
  id: string;
  path: string;
  hash: string;
  /** The page's key and its manifest row, worked out here rather than in the planning thread. */
  pageKey: string;
  row: string;
  /** Bytes written, or -1 when the page was identical to the previous bundle's and left alone. */
  bytes: number;
}

/**
 * What an article page depends on besides its own content: a change in any of it re-renders
 * the page. (An incremental export reuses the manifest's key without calling this when the
 * site key, the language's latest key, the article's source, its path and its twin are all
 * as they were: keep the two in step.)
 */
export function articlePageKey(
  plan: SitePlan,
  entry: SiteEntry,
  contentKey: string,
  siteKey: string,
  latestKey: string,
): string {
  const twin = exportedTwin(plan, entry);
  return contentHash(
    JSON.stringify([
      siteKey,
      contentKey,
      plan.articlePath.get(entry.id),
      twin ? [twin.language, twin.headline, plan.articlePath.get(twin.id)] : null,
      latestKey,
    ]),
  );
}

/** Stands for the body in a rendered page (checked to be there once). */
const BODY = '\u0000newsroom-body\u0000';

/** Renders and writes article pages from the bodies this thread holds. */
export class PageWriter {
  private plan: SitePlan | null = null;
  private siteKey = '';
  private latestKeys = new Map<Language, string>();
  private readonly made = new Set<string>();
  /** Pages are encoded into this one buffer (grown as needed): allocating a buffer per page cost more than encoding. */
  private scratch = Buffer.allocUnsafe(256 * 1024);

  constructor(readonly bodies: Map<string, RenderedBody>) {}

  /** In the thread that planned the site: the plan itself. */
  usePlan(plan: SitePlan, siteKey: string, latestKeys: ReadonlyMap<Language, string>): void {
    this.plan = plan;
    this.siteKey = siteKey;
    this.latestKeys = new Map(latestKeys);
  }

  /** In a worker: a plan holding the site-wide parts; pages and twins are added per batch. */
  useContext(context: PageContext): void {
    const plan: SitePlan = {
      meta: context.meta,
      byLanguage: new Map(),
      entries: new Map(),
      articlePath: new Map(),
      categoryPath: new Map(context.categoryPath),
      tagPath: new Map(context.tagPath),
      latest: new Map(),
      registry: new PathRegistry(),
      fragments: new Map(),
    };
    for (const [language, list] of context.latest) {
      plan.latest.set(
        language,
        list.map((item) => item.entry),
      );
      for (const { entry, path } of list) {
        plan.entries.set(entry.id, entry);
        plan.articlePath.set(entry.id, path);
      }
    }
    this.plan = plan;
    this.siteKey = context.siteKey;
    this.latestKeys = new Map(context.latestKeys);
    this.made.clear();
  }

  /** Writes the pages of `orders` into `folder`; each body is let go once its page is out. */
  write(folder: string, orders: readonly PageOrder[]): PageResult[] {
    const plan = this.plan;
    if (!plan) throw new Error('pages requested before the plan');
    const out: PageResult[] = [];
    for (const order of orders) {
      const body = this.bodies.get(order.id);
      if (!body) continue;
      plan.entries.set(order.id, body.entry);
      plan.articlePath.set(order.id, order.path);
      if (order.twin) {
        plan.entries.set(order.twin.entry.id, order.twin.entry);
        plan.articlePath.set(order.twin.entry.id, order.twin.path);
      }
      const bytes = this.page(plan, body);
      this.bodies.delete(order.id);
      const hash = contentHash(bytes);
      const pageKey = articlePageKey(
        plan,
        body.entry,
        body.source.contentKey,
        this.siteKey,
        this.latestKeys.get(body.entry.language) ?? '',
      );
      const article: ManifestArticle = {
        ...body.source,
        entry: body.entry,
        path: order.path,
        pageKey,
      };
      const row = manifestRows(order.id, article, hash);
      if (order.previous === hash) {
        out.push({ id: order.id, path: order.path, hash, pageKey, row, bytes: -1 });
        continue;
      }
      const file = resolveInsideBundle(folder, order.path);
      const parent = dirname(file);
      if (!this.made.has(parent)) {
        mkdirSync(parent, { recursive: true });
        this.made.add(parent);
      }
      writeFileSync(file, bytes);
      out.push({ id: order.id, path: order.path, hash, pageKey, row, bytes: bytes.byteLength });
    }
    return out;
  }

  private encode(text: string): Buffer {
    // UTF-8 takes at most three bytes per UTF-16 unit.
    if (text.length * 3 > this.scratch.length) this.scratch = Buffer.allocUnsafe(text.length * 3);
    return this.scratch.subarray(0, this.scratch.write(text));
  }

  /**
   * The page's bytes, in the one scratch buffer: the page rendered around a marker where
   * the body goes, encoded, with the body's bytes copied in at the marker.
   */
  private page(plan: SitePlan, body: RenderedBody): Buffer {
    const input = { plan, entry: body.entry, featured: body.featured };
    const html = articlePage({ ...input, bodyHtml: BODY });
    const at = html.indexOf(BODY);
    if (at !== html.lastIndexOf(BODY)) {
      // An article's own text held the marker: the page made as a string instead.
      return this.encode(articlePage({ ...input, bodyHtml: body.body.toString() }));
    }
    const after = at + BODY.length;
    // UTF-8 takes at most three bytes per UTF-16 unit.
    const most = (html.length - BODY.length) * 3 + body.body.length;
    if (most > this.scratch.length) this.scratch = Buffer.allocUnsafe(most);
    let end = this.scratch.write(html.slice(0, at));
    end += body.body.copy(this.scratch, end);
    end += this.scratch.write(html.slice(after), end);
    return this.scratch.subarray(0, end);
  }
}
