/**
 * The life of an open article: load it, hold the edits, autosave a moment after typing
 * stops, keep a local copy while the core is unreachable and retry with backoff, and stop
 * at a conflict until the writer chooses. The body lives in the editor; this hook reads
 * it through `body.get()` only when it saves, so typing never serialises the document.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Article, ArticleContent, RichTextDoc } from '@shared/domain';
import { mergeArticleContent } from '@shared/rich-text/merge';
import { BridgeError, call, onEvent } from '../../bridge/transport';
import { editableContent } from './editable-content';
import { clearLocalDraft, readLocalDraft, sameContent, writeLocalDraft } from './local-drafts';
import { createSaveStateStore, type SaveState, type SaveStateStore } from './save-state';

/** Autosave this long after the last change (the issue allows at most 2 s). */
export const AUTOSAVE_DELAY_MS = 1000;
const LOCAL_COPY_DELAY_MS = 250;
const RETRY_STEPS_MS = [1000, 2000, 4000, 8000];

export type { SaveState } from './save-state';

export interface Conflict {
  mine: ArticleContent;
  theirs: Article;
  /** The revision both versions started from, for merging them. */
  baseRevision: number;
  /** True once the writer chose to merge by hand: the panel stays as a reference. */
  byHand: boolean;
}

export interface BodyAccess {
  get: () => RichTextDoc;
  set: (doc: RichTextDoc) => void;
}

export interface ArticleDraft {
  article: Article | null;
  fields: ArticleContent | null;
  loadError: string | null;
  /** Saving, saved, offline…: a store of its own, so a change re-renders only the status line. */
  saveState: SaveStateStore;
  conflict: Conflict | null;
  slugError: string | null;
  /** Reads the editor's document (null before the editor exists). */
  getBody: () => RichTextDoc | null;
  /** The editor registers itself here once it exists, and null when it goes. */
  registerBody: (access: BodyAccess | null) => void;
  setFields: (change: Partial<ArticleContent>) => void;
  /** The fields including changes not yet rendered. */
  latestFields: () => ArticleContent | null;
  bodyChanged: () => void;
  save: (autosave: boolean) => Promise<Article | null>;
  /** Saves pending edits now; resolves when the store has them (or they are safe locally). */
  flush: () => Promise<void>;
  /** Replaces what is open with a stored article (after a restore, a twin link, "take theirs"). */
  load: (article: Article) => void;
  keepMine: () => Promise<void>;
  takeTheirs: () => void;
  mergeByHand: () => void;
  /**
   * Combines both versions when they changed different fields or paragraphs, and saves.
   * Resolves with what both changed (nothing merged) or an empty list once merged.
   */
  mergeBoth: () => Promise<string[]>;
  closeConflict: () => void;
}

export function useArticleDraft(id: string): ArticleDraft {
  const [article, setArticle] = useState<Article | null>(null);
  const [fields, setFieldsState] = useState<ArticleContent | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveState] = useState(() => createSaveStateStore({ kind: 'loading' }));
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [slugError, setSlugError] = useState<string | null>(null);

  const body = useRef<BodyAccess | null>(null);
  const articleRef = useRef<Article | null>(null);
  const fieldsRef = useRef<ArticleContent | null>(null);
  const stateKind = useRef<SaveState['kind']>('loading');
  const version = useRef(0);
  const savedVersion = useRef(0);
  const saving = useRef<Promise<Article | null> | null>(null);
  const autosaveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const localTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retryStep = useRef(0);
  const conflictRef = useRef<Conflict | null>(null);
  const pendingBody = useRef<RichTextDoc | null>(null);
  // The stored content the edits started from: the base of a three-way merge.
  const baseContent = useRef<{ revision: number; content: ArticleContent } | null>(null);
  // Timers call the newest save without making save depend on itself.
  const saveRef = useRef<(autosave: boolean) => Promise<Article | null>>(async () => null);

  const setState = useCallback(
    (next: SaveState) => {
      stateKind.current = next.kind;
      saveState.set(next);
    },
    [saveState],
  );

  const currentContent = useCallback((): ArticleContent | null => {
    const current = fieldsRef.current;
    if (!current) return null;
    const doc = body.current?.get() ?? pendingBody.current ?? current.body;
    return { ...current, body: doc };
  }, []);

  const writeLocalNow = useCallback(() => {
    clearTimeout(localTimer.current);
    const base = articleRef.current;
    const content = currentContent();
    if (!base || !content || version.current === savedVersion.current) return;
    writeLocalDraft(id, base.revision, content);
  }, [currentContent, id]);

  const open = useCallback((stored: Article, content: ArticleContent) => {
    articleRef.current = stored;
    baseContent.current = { revision: stored.revision, content: editableContent(stored) };
    fieldsRef.current = content;
    setArticle(stored);
    setFieldsState(content);
    if (body.current) body.current.set(content.body);
    else pendingBody.current = content.body;
  }, []);

  const save = useCallback(
    async (autosave: boolean): Promise<Article | null> => {
      clearTimeout(autosaveTimer.current);
      if (saving.current) {
        await saving.current;
        if (version.current === savedVersion.current) return articleRef.current;
      }
      const base = articleRef.current;
      const content = currentContent();
      if (!base || !content || conflictRef.current?.byHand === false) return null;
      if (autosave && version.current === savedVersion.current) return base;
      const savingVersion = version.current;
      writeLocalDraft(id, base.revision, content);
      setState({ kind: 'saving' });
      const attempt = (async (): Promise<Article | null> => {
        try {
          const saved = await call('articles:save', {
            id,
            baseRevision: base.revision,
            content,
            autosave,
          });
          articleRef.current = saved;
          baseContent.current = { revision: saved.revision, content: editableContent(saved) };
          setArticle(saved);
          setSlugError(null);
          retryStep.current = 0;
          savedVersion.current = savingVersion;
          if (version.current === savingVersion) {
            clearLocalDraft(id);
            setState({ kind: 'saved', at: new Date() });
          } else {
            // More typing arrived while the save was on its way.
            writeLocalNow();
            setState({ kind: 'dirty' });
            autosaveTimer.current = setTimeout(() => void saveRef.current(true), AUTOSAVE_DELAY_MS);
          }
          return saved;
        } catch (caught) {
          const error =
            caught instanceof BridgeError
              ? caught
              : new BridgeError({ code: 'internal', message: String(caught) });
          const details = (error.details ?? {}) as { current?: Article; field?: string };
          if (error.code === 'unavailable') {
            setState({ kind: 'offline' });
            const wait = RETRY_STEPS_MS[Math.min(retryStep.current, RETRY_STEPS_MS.length - 1)];
            retryStep.current += 1;
            clearTimeout(retryTimer.current);
            retryTimer.current = setTimeout(() => void saveRef.current(true), wait);
          } else if (error.code === 'conflict' && details.field === 'slug') {
            setSlugError(error.message);
            setState({ kind: 'error', message: error.message });
          } else if (error.code === 'conflict' && details.current) {
            const next: Conflict = {
              mine: content,
              theirs: details.current,
              baseRevision: base.revision,
              byHand: false,
            };
            conflictRef.current = next;
            setConflict(next);
            setState({ kind: 'conflict' });
          } else {
            setState({ kind: 'error', message: error.message });
          }
          return null;
        }
      })();
      saving.current = attempt;
      try {
        return await attempt;
      } finally {
        saving.current = null;
      }
    },
    [currentContent, id, setState, writeLocalNow],
  );

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const registerBody = useCallback((access: BodyAccess | null) => {
    body.current = access;
    if (access && pendingBody.current) {
      access.set(pendingBody.current);
      pendingBody.current = null;
    }
  }, []);

  const getBody = useCallback(() => body.current?.get() ?? null, []);
  const latestFields = useCallback(() => fieldsRef.current, []);

  const changed = useCallback(() => {
    version.current += 1;
    if (
      stateKind.current !== 'dirty' &&
      stateKind.current !== 'offline' &&
      stateKind.current !== 'conflict'
    ) {
      setState({ kind: 'dirty' });
    }
    clearTimeout(localTimer.current);
    localTimer.current = setTimeout(writeLocalNow, LOCAL_COPY_DELAY_MS);
    if (stateKind.current !== 'offline') {
      clearTimeout(autosaveTimer.current);
      autosaveTimer.current = setTimeout(() => void saveRef.current(true), AUTOSAVE_DELAY_MS);
    }
  }, [setState, writeLocalNow]);

  const setFields = useCallback(
    (change: Partial<ArticleContent>) => {
      const current = fieldsRef.current;
      if (!current) return;
      const next = { ...current, ...change };
      fieldsRef.current = next;
      setFieldsState(next);
      changed();
    },
    [changed],
  );

  // Load, then bring back any edits this computer kept that the store never received.
  useEffect(() => {
    let cancelled = false;
    call('articles:get', { id })
      .then((stored) => {
        if (cancelled) return;
        const storedContent = editableContent(stored);
        const local = readLocalDraft(id);
        if (!local || sameContent(local.content, storedContent)) {
          if (local) clearLocalDraft(id);
          open(stored, storedContent);
          setState({ kind: 'clean' });
          return;
        }
        open(stored, local.content);
        version.current += 1;
        if (local.baseRevision === stored.revision) {
          setState({ kind: 'restored' });
          autosaveTimer.current = setTimeout(() => void saveRef.current(true), 0);
        } else {
          const next: Conflict = {
            mine: local.content,
            theirs: stored,
            baseRevision: local.baseRevision,
            byHand: false,
          };
          // The local copy was based on an older revision: the store moved on meanwhile.
          articleRef.current = { ...stored, revision: local.baseRevision };
          conflictRef.current = next;
          setConflict(next);
          setState({ kind: 'conflict' });
        }
      })
      .catch((caught: Error) => {
        if (!cancelled) setLoadError(caught.message);
      });
    return () => {
      cancelled = true;
    };
  }, [id, open, save, setState]);

  // Keep the local copy on the way out, and try a last save.
  useEffect(() => {
    const leave = (): void => {
      if (version.current !== savedVersion.current) {
        writeLocalNow();
        void save(true);
      }
    };
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') leave();
    };
    window.addEventListener('pagehide', leave);
    window.addEventListener('beforeunload', leave);
    window.addEventListener('blur', leave);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', leave);
      window.removeEventListener('beforeunload', leave);
      window.removeEventListener('blur', leave);
      document.removeEventListener('visibilitychange', onVisibility);
      leave();
      clearTimeout(autosaveTimer.current);
      clearTimeout(retryTimer.current);
      clearTimeout(localTimer.current);
    };
  }, [save, writeLocalNow]);

  // Another window saved and we have nothing unsaved: show their version.
  useEffect(
    () =>
      onEvent('article:changed', (event) => {
        const current = articleRef.current;
        if (event.id !== id || !current || event.deleted || event.revision <= current.revision)
          return;
        if (version.current !== savedVersion.current || saving.current || conflictRef.current)
          return;
        void call('articles:get', { id }).then((stored) => {
          if (
            version.current !== savedVersion.current ||
            stored.revision <= (articleRef.current?.revision ?? 0)
          )
            return;
          open(stored, editableContent(stored));
        });
      }),
    [id, open],
  );

  const load = useCallback(
    (stored: Article) => {
      clearTimeout(autosaveTimer.current);
      version.current += 1;
      savedVersion.current = version.current;
      clearLocalDraft(id);
      conflictRef.current = null;
      setConflict(null);
      open(stored, editableContent(stored));
      setState({ kind: 'saved', at: new Date() });
    },
    [id, open, setState],
  );

  const keepMine = useCallback(async () => {
    const current = conflictRef.current;
    if (!current) return;
    articleRef.current = current.theirs;
    conflictRef.current = null;
    setConflict(null);
    version.current += 1;
    await save(false);
  }, [save]);

  const takeTheirs = useCallback(() => {
    const current = conflictRef.current;
    if (current) load(current.theirs);
  }, [load]);

  const mergeByHand = useCallback(() => {
    const current = conflictRef.current;
    if (!current) return;
    const next = { ...current, byHand: true };
    articleRef.current = current.theirs;
    setArticle(current.theirs);
    conflictRef.current = next;
    setConflict(next);
    setState({ kind: 'dirty' });
  }, [setState]);

  const mergeBoth = useCallback(async (): Promise<string[]> => {
    const current = conflictRef.current;
    if (!current) return [];
    let base =
      baseContent.current?.revision === current.baseRevision ? baseContent.current.content : null;
    if (!base) {
      // Edits kept on this computer from an older session: the store keeps that revision.
      try {
        base = (await call('revisions:get', { articleId: id, number: current.baseRevision }))
          .content;
      } catch {
        return ['base'];
      }
    }
    const theirs = editableContent(current.theirs);
    const result = mergeArticleContent(base, theirs, currentContent() ?? current.mine);
    if (!result.ok) return result.conflicts;
    conflictRef.current = null;
    setConflict(null);
    open(current.theirs, result.merged);
    version.current += 1;
    await save(false);
    return [];
  }, [currentContent, id, open, save]);

  const closeConflict = useCallback(() => {
    conflictRef.current = null;
    setConflict(null);
    changed();
  }, [changed]);

  const flush = useCallback(async () => {
    if (version.current !== savedVersion.current) await save(false);
  }, [save]);

  return useMemo(
    () => ({
      article,
      fields,
      loadError,
      saveState,
      conflict,
      slugError,
      getBody,
      registerBody,
      setFields,
      latestFields,
      bodyChanged: changed,
      save,
      flush,
      load,
      keepMine,
      takeTheirs,
      mergeByHand,
      mergeBoth,
      closeConflict,
    }),
    [
      article,
      fields,
      loadError,
      saveState,
      conflict,
      slugError,
      getBody,
      registerBody,
      setFields,
      latestFields,
      changed,
      save,
      flush,
      load,
      keepMine,
      takeTheirs,
      mergeByHand,
      mergeBoth,
      closeConflict,
    ],
  );
}
