/** An inline word diff of two texts: removed words struck through, added words underlined. */
import { diffWordsWithSpace } from 'diff';
import { useMemo } from 'react';

interface TextDiffProps {
  before: string;
  after: string;
  addedLabel: string;
  removedLabel: string;
}

export function TextDiff({ before, after, addedLabel, removedLabel }: TextDiffProps) {
  const parts = useMemo(() => diffWordsWithSpace(before, after), [before, after]);
  return (
    <div className="text-diff">
      {parts.map((part, i) =>
        part.added ? (
          <ins key={i} title={addedLabel}>
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={i} title={removedLabel}>
            {part.value}
          </del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </div>
  );
}
