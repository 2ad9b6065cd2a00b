/**
 * Keeps an open article's workflow state current when something else moves it (the
 * scheduler publishing it, the desk chief in the calendar). Only changes to fields the
 * workflow owns are taken over; a content change by someone else is left for the
 * editor's own conflict check, so no one's text is silently replaced.
 */
import { useEffect, useRef } from 'react';
import type { Article } from '@shared/domain';
import { call, onEvent } from '../../bridge/transport';

const WORKFLOW_FIELDS = new Set<string>([
  'status',
  'statusBeforeSpike',
  'updatedAt',
  'updatedBy',
  'embargoUntil',
  'publishAt',
  'publishedAt',
  'spikedAt',
  'revision',
  'transitions',
  'flags',
]);

export function onlyWorkflowChanged(before: Article, after: Article): boolean {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (WORKFLOW_FIELDS.has(key)) continue;
    const a = (before as Record<string, unknown>)[key];
    const b = (after as Record<string, unknown>)[key];
    if (JSON.stringify(a) !== JSON.stringify(b)) return false;
  }
  return true;
}

export function useFollowWorkflow(article: Article, onChange: (article: Article) => void): void {
  const current = useRef(article);
  const report = useRef(onChange);
  useEffect(() => {
    current.current = article;
    report.current = onChange;
  });
  useEffect(
    () =>
      onEvent('article:changed', (event) => {
        if (event.id !== current.current.id || event.deleted) return;
        if (event.revision <= current.current.revision) return;
        call('articles:get', { id: event.id })
          .then((fresh) => {
            if (
              fresh.revision > current.current.revision &&
              onlyWorkflowChanged(current.current, fresh)
            )
              report.current(fresh);
          })
          .catch(() => undefined);
      }),
    [],
  );
}
