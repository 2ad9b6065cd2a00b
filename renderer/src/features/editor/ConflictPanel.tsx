/**
 * Shown when a save met a newer revision: both versions compared word by word, and three
 * ways out (keep mine on top of theirs, take theirs, or merge by hand). Never silent.
 */
import { useTranslation } from 'react-i18next';
import { articleText } from './article-text';
import { TextDiff } from './TextDiff';
import type { Conflict } from './use-article-draft';

interface ConflictPanelProps {
  conflict: Conflict;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onByHand: () => void;
  onDone: () => void;
}

export function ConflictPanel({
  conflict,
  onKeepMine,
  onTakeTheirs,
  onByHand,
  onDone,
}: ConflictPanelProps) {
  const { t } = useTranslation();
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
      <div className="button-row">
        {conflict.byHand ? (
          <button type="button" className="primary" onClick={onDone}>
            {t('editor.conflict.done')}
          </button>
        ) : (
          <>
            <button type="button" className="primary" onClick={onKeepMine}>
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
