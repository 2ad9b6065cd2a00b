/**
 * Domain schemas: the single source of truth for what an article, a category, a tag,
 * a revision and the settings look like. TypeScript types are inferred from these, so
 * the runtime checks at every boundary and the compile-time types cannot drift apart.
 */
import { z } from 'zod';

export const LANGUAGES = ['en', 'ru'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/** An instant, always stored as an ISO 8601 string in UTC with a `Z` suffix. */
export const instantSchema = z.iso.datetime({ offset: false });

export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'ids are letters, digits, "-" and "_"');

/** Lower-case ASCII words joined by single hyphens: safe in a URL and a file name. */
export const slugSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'a slug is lower-case latin letters and digits joined by "-"',
  );

export const localizedNameSchema = z.object({
  en: z.string().trim().min(1).max(120),
  ru: z.string().trim().min(1).max(120),
});
export type LocalizedName = z.infer<typeof localizedNameSchema>;

export const ARTICLE_STATUSES = [
  'draft',
  'submitted',
  'edited',
  'scheduled',
  'published',
  'spiked',
] as const;
export const articleStatusSchema = z.enum(ARTICLE_STATUSES);
export type ArticleStatus = z.infer<typeof articleStatusSchema>;

/**
 * The editor's document (ProseMirror / Tiptap JSON). Its node structure is checked
 * loosely here (a tree of typed nodes); the editor and the export sanitiser own the
 * finer rules of what each node may contain.
 */
export interface RichTextNode {
  type: string;
  attrs?: Record<string, unknown> | undefined;
  content?: RichTextNode[] | undefined;
  marks?: { type: string; attrs?: Record<string, unknown> | undefined }[] | undefined;
  text?: string | undefined;
}
export const richTextNodeSchema: z.ZodType<RichTextNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(richTextNodeSchema).optional(),
    marks: z
      .array(
        z.object({
          type: z.string().min(1).max(64),
          attrs: z.record(z.string(), z.unknown()).optional(),
        }),
      )
      .optional(),
    text: z.string().optional(),
  }),
);
export const richTextDocSchema = z.object({
  type: z.literal('doc'),
  content: z.array(richTextNodeSchema).default([]),
});
export type RichTextDoc = z.infer<typeof richTextDocSchema>;

export const articleFlagsSchema = z.object({
  legalCheck: z.boolean().default(false),
  notForPublication: z.boolean().default(false),
  reason: z.string().max(500).default(''),
});

export const imageRefSchema = z.object({
  src: z.string().min(1).max(500),
  alt: z.string().max(500).default(''),
  caption: z.string().max(1000).default(''),
  credit: z.string().max(300).default(''),
});
export type ImageRef = z.infer<typeof imageRefSchema>;

export const transitionSchema = z.object({
  from: articleStatusSchema,
  to: articleStatusSchema,
  at: instantSchema,
  by: z.string().max(120),
  /** What else happened: the slot scheduled, "published by the scheduler", a catch-up. */
  note: z.string().max(300).optional(),
  /** For a move to `scheduled`: the instant it was scheduled for. */
  publishAt: instantSchema.optional(),
});
export type Transition = z.infer<typeof transitionSchema>;

/** The fields an editor can change; everything else is owned by the store. */
export const articleContentSchema = z.object({
  language: languageSchema,
  headline: z.string().max(300).default(''),
  standfirst: z.string().max(1000).default(''),
  body: richTextDocSchema.default({ type: 'doc', content: [] }),
  byline: z.string().max(200).default(''),
  dateline: z.string().max(120).default(''),
  categoryId: idSchema.nullable().default(null),
  tagIds: z.array(idSchema).max(100).default([]),
  slug: z.union([slugSchema, z.literal('')]).default(''),
  flags: articleFlagsSchema.default({ legalCheck: false, notForPublication: false, reason: '' }),
  featuredImage: imageRefSchema.nullable().default(null),
  seoTitle: z.string().max(200).default(''),
  seoDescription: z.string().max(400).default(''),
  correctionNote: z.string().max(2000).default(''),
  twinId: idSchema.nullable().default(null),
});
export type ArticleContent = z.infer<typeof articleContentSchema>;
export type ArticleContentInput = z.input<typeof articleContentSchema>;

export const articleSchema = articleContentSchema.extend({
  id: idSchema,
  status: articleStatusSchema,
  /** The status to return to when a spiked article is restored. */
  statusBeforeSpike: articleStatusSchema.nullable().default(null),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  createdBy: z.string().max(120).default(''),
  updatedBy: z.string().max(120).default(''),
  embargoUntil: instantSchema.nullable().default(null),
  publishAt: instantSchema.nullable().default(null),
  publishedAt: instantSchema.nullable().default(null),
  spikedAt: instantSchema.nullable().default(null),
  /** Bumped by every save; a save based on an older revision is a conflict. */
  revision: z.number().int().min(1),
  transitions: z.array(transitionSchema).default([]),
});
export type Article = z.infer<typeof articleSchema>;

/** The editable part of an article, as the save channel takes it. */
export function contentOf(article: Article): ArticleContent {
  return {
    language: article.language,
    headline: article.headline,
    standfirst: article.standfirst,
    body: article.body,
    byline: article.byline,
    dateline: article.dateline,
    categoryId: article.categoryId,
    tagIds: article.tagIds,
    slug: article.slug,
    flags: article.flags,
    featuredImage: article.featuredImage,
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
    correctionNote: article.correctionNote,
    twinId: article.twinId,
  };
}

/** What a list row needs: small enough to keep 50,000 of them in memory. */
export const articleSummarySchema = articleSchema
  .pick({
    id: true,
    language: true,
    headline: true,
    standfirst: true,
    byline: true,
    categoryId: true,
    tagIds: true,
    slug: true,
    status: true,
    twinId: true,
    createdAt: true,
    updatedAt: true,
    publishAt: true,
    publishedAt: true,
    embargoUntil: true,
    revision: true,
  })
  .extend({
    wordCount: z.number().int().min(0),
    /** How this article stands with its twin in the other language (filled in by lists). */
    twinState: z.enum(['none', 'missing', 'outdated', 'behind', 'current']).default('none'),
    /** The article's "not for publication" flag: such an article is never shown or exported. */
    notForPublication: z.boolean().default(false),
  });
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const revisionSchema = z.object({
  articleId: idSchema,
  number: z.number().int().min(1),
  savedAt: instantSchema,
  author: z.string().max(120),
  autosave: z.boolean().default(false),
  content: articleContentSchema,
});
export type Revision = z.infer<typeof revisionSchema>;
export const revisionSummarySchema = revisionSchema.omit({ content: true });
export type RevisionSummary = z.infer<typeof revisionSummarySchema>;

export const categorySchema = z.object({
  id: idSchema,
  name: localizedNameSchema,
  slug: slugSchema,
  order: z.number().int(),
});
export type Category = z.infer<typeof categorySchema>;

export const TAG_KINDS = ['person', 'place', 'organisation', 'topic', 'event'] as const;
export const tagKindSchema = z.enum(TAG_KINDS);
export const tagSchema = z.object({
  id: idSchema,
  kind: tagKindSchema,
  name: localizedNameSchema,
  aliases: z.array(z.string().trim().min(1).max(120)).max(50).default([]),
  slug: slugSchema,
});
export type Tag = z.infer<typeof tagSchema>;

export const ROLES = ['editor', 'desk_chief'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const settingsSchema = z.object({
  newsroomName: z.string().trim().min(1).max(120),
  baseUrl: z
    .string()
    .max(300)
    .regex(
      /^https?:\/\/[a-z0-9.-]+(?::\d+)?(?:\/[^\s]*)?$/i,
      'the site base URL must be an http(s) URL',
    ),
  languages: z.array(languageSchema).min(1).max(2),
  defaultLanguage: languageSchema,
  timeZone: z.string().refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'not an IANA time zone'),
  profile: z.object({
    name: z.string().trim().min(1).max(120),
    role: roleSchema,
  }),
  interfaceLanguage: languageSchema,
  headlineSoftLimit: z.number().int().min(20).max(300).default(90),
  /**
   * What the scheduler does with articles that fell due while the app was closed or the
   * machine slept: publish them at once (and say so), or hold them for the desk chief.
   */
  catchUp: z.enum(['publish', 'confirm']).default('publish'),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  newsroomName: 'Newsroom',
  baseUrl: 'https://example.org/',
  languages: ['en', 'ru'],
  defaultLanguage: 'en',
  timeZone: 'Asia/Baku',
  profile: { name: 'Editor', role: 'desk_chief' },
  interfaceLanguage: 'en',
  headlineSoftLimit: 90,
  catchUp: 'publish',
};

/** A document that could not be read back and was moved aside. */
export const quarantineEntrySchema = z.object({
  file: z.string(),
  movedTo: z.string(),
  reason: z.string(),
  at: instantSchema,
});
export type QuarantineEntry = z.infer<typeof quarantineEntrySchema>;
