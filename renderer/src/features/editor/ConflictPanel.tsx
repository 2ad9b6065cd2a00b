/**
 * Shown when a save met a newer revision: both versions compared word by word, and the
 * ways out (merge both when they touched different paragraphs or fields, keep mine on top
 * of theirs, take theirs, or merge by hand). Never silent.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { articleText } from './article-text';
import { TextDiff } from './TextDiff';
import type { Conflict } from './use-article-draft';

interface ConflictPanelProps {
  conflict: Conflict;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onByHand: () => void;
  /** Resolves with the fields both versions changed ('base' when the base is gone), empty once merged. */
  onMerge: () => Promise<string[]>;
  onDone: () => void;
}

// Message keys of the article's fields, for naming what both versions changed.
const FIELD_KEYS: Record<string, string> = {
  categoryId: 'category',
  tagIds: 'tags',
  correctionNote: 'correction',
  featuredImage: 'featured',
};

export function ConflictPanel({
  conflict,
  onKeepMine,
  onTakeTheirs,
  onByHand,
  onMerge,
  onDone,
}: ConflictPanelProps) {
  const { t } = useTranslation();
  const [mergeProblem, setMergeProblem] = useState<string | null>(null);
  const [merging, setMerging] = useState(false);
  const merge = async (): Promise<void> => {
    setMerging(true);
    try {
      const clashes = await onMerge();
      if (clashes.includes('base')) setMergeProblem(t('editor.conflict.mergeNoBase'));
      else if (clashes.length) {
        const where = clashes.map((field) => t(`editor.${FIELD_KEYS[field] ?? field}`)).join(', ');
        setMergeProblem(t('editor.conflict.mergeClash', { where }));
      }
    } finally {
      setMerging(false);
    }
  };
  const revision = conflict.theirs.revision;
  return (
    <section className="conflict-panel" role="alertdialog" aria-labelledby="conflict-title">
      <h2 id="conflict-title">{t('editor.conflict.title')}</h2>
      <p>
        {conflict.byHand
          ? t('editor.conflict.byHandBody', { revision })
          : t('editor.conflict.body', { revision })}
      </p>
      <p className="diff-legend">
        <ins>{t('editor.conflict.added')}</ins> <del>{t('editor.conflict.removed')}</del>
      </p>
      <TextDiff
        before={articleText(conflict.theirs)}
        after={articleText(conflict.mine)}
        addedLabel={t('editor.conflict.added')}
        removedLabel={t('editor.conflict.removed')}
      />
      {mergeProblem && (
        <p className="notice" role="alert">
          {mergeProblem}
        </p>
      )}
      <div className="button-row">
        {conflict.byHand ? (
          <button type="button" className="primary" onClick={onDone}>
            {t('editor.conflict.done')}
          </button>
        ) : (
          <>
            <button
              type="button"
              className="primary"
              title={t('editor.conflict.mergeHint')}
              disabled={merging || mergeProblem !== null}
              onClick={() => void merge()}
            >
              {t('editor.conflict.merge')}
            </button>
            <button type="button" onClick={onKeepMine}>
              {t('editor.conflict.keepMine')}
            </button>
            <button type="button" onClick={onTakeTheirs}>
              {t('editor.conflict.takeTheirs')}
            </button>
            <button type="button" onClick={onByHand}>
              {t('editor.conflict.byHand')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
