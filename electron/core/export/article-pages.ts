/**
 * Article pages, rendered and written where their bodies were rendered (a worker thread
 * or this one): the plan travels as plain data, each page is hashed, and only pages whose
 * hash differs from the previous bundle's are written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Category, Language, Tag } from '../../../shared/domain.js';
import { renderArticlePage, sha256 } from './build-site.js';
import type { ResolvedImage } from './rich-text.js';
import { PathRegistry, resolveInsideBundle } from './site-paths.js';
import type { SiteEntry, SiteMeta, SitePlan } from './site-model.js';

export interface PlanData {
  meta: SiteMeta;
  entries: SiteEntry[];
  articlePath: [string, string][];
  categoryPath: [string, string][];
  tagPath: [string, string][];
  byLanguage: [Language, string[]][];
  latest: [Language, string[]][];
}

export function planToData(plan: SitePlan): PlanData {
  return {
    meta: plan.meta,
    entries: [...plan.entries.values()],
    articlePath: [...plan.articlePath],
    categoryPath: [...plan.categoryPath],
    tagPath: [...plan.tagPath],
    byLanguage: [...plan.byLanguage].map(([l, list]) => [l, list.map((e) => e.id)]),
    latest: [...plan.latest].map(([l, list]) => [l, list.map((e) => e.id)]),
  };
}

export function planFromData(data: PlanData): SitePlan {
  const entries = new Map(data.entries.map((e) => [e.id, e]));
  const pick = (ids: string[]): SiteEntry[] => ids.map((id) => entries.get(id)).filter((e): e is SiteEntry => e !== undefined);
  return {
    meta: data.meta as SiteMeta & { categories: Category[]; tags: Tag[] },
    entries,
    articlePath: new Map(data.articlePath),
    categoryPath: new Map(data.categoryPath),
    tagPath: new Map(data.tagPath),
    byLanguage: new Map(data.byLanguage.map(([l, ids]) => [l, pick(ids)])),
    latest: new Map(data.latest.map(([l, ids]) => [l, pick(ids)])),
    registry: new PathRegistry(),
    fragments: new Map(),
  };
}

export interface RenderedBody {
  bodyHtml: string;
  featured: ResolvedImage | null;
}

export interface PageJob {
  folder: string;
  ids: string[];
  /** Hash of each page in the previous bundle (incremental export), by path. */
  previous: Record<string, string>;
}

export interface PageResult {
  id: string;
  path: string;
  hash: string;
  /** Bytes written, or -1 when the page was identical to the previous bundle's and left alone. */
  bytes: number;
}

const made = new Set<string>();

/** Writes the pages of `job.ids`; each body is let go once its page is out (bodies are most of the memory). */
export function writeArticlePages(plan: SitePlan, bodies: Map<string, RenderedBody>, job: PageJob): PageResult[] {
  const out: PageResult[] = [];
  for (const id of job.ids) {
    const body = bodies.get(id);
    const entry = plan.entries.get(id);
    if (!body || !entry) continue;
    const [path, html] = renderArticlePage(plan, { entry, bodyHtml: body.bodyHtml, featured: body.featured });
    bodies.delete(id);
    const hash = sha256(html);
    if (job.previous[path] === hash) {
      out.push({ id, path, hash, bytes: -1 });
      continue;
    }
    const file = resolveInsideBundle(job.folder, path);
    const folder = dirname(file);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(file, html);
    out.push({ id, path, hash, bytes: Buffer.byteLength(html) });
  }
  if (made.size > 50_000) made.clear();
  return out;
}
