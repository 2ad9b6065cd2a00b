/**
 * The tagger's suggestions for the open article, fed the body's text as of the last pause
 * in typing. It subscribes to that text itself, so a new pause re-renders this panel, not
 * the whole editor screen.
 */
import { useSyncExternalStore } from 'react';
import { SuggestionsPanel, type SuggestionsPanelProps } from '../tagger/SuggestionsPanel';
import type { ValueStore } from './value-store';

interface BodySuggestionsProps extends Omit<SuggestionsPanelProps, 'content'> {
  body: ValueStore<string>;
  content: Omit<SuggestionsPanelProps['content'], 'body'>;
}

export function BodySuggestions({ body, content, ...panel }: BodySuggestionsProps) {
  const text = useSyncExternalStore(body.subscribe, body.get);
  return <SuggestionsPanel {...panel} content={{ ...content, body: text }} />;
}
