/**
 * Carries out the desktop app's native menu commands (File > New Article, Desk, Settings),
 * which arrive as `shell:command` events. Browser mode never sends them.
 */
import { useEffect } from 'react';
import type { ShellCommand } from '@shared/contract/index';
import type { Language } from '@shared/domain';
import { call, onEvent } from '../bridge/transport';
import { navigate } from './use-route';

export function useShellCommands(defaultLanguage: Language, onError: (message: string) => void) {
  useEffect(
    () =>
      onEvent('shell:command', ({ command }: { command: ShellCommand }) => {
        if (command === 'show-desk') navigate('desk');
        else if (command === 'show-settings') navigate('settings');
        else {
          call('articles:create', { content: { language: defaultLanguage } })
            .then((article) => navigate(`article/${article.id}`))
            .catch((caught: Error) => onError(caught.message));
        }
      }),
    [defaultLanguage, onError],
  );
}
