/** Runs the desktop menu's commands; shows a banner if one fails (e.g. the store is read-only). */
import { useState } from 'react';
import { useDesk } from './desk-context';
import { useShellCommands } from './use-shell-commands';

export function ShellCommands() {
  const { settings } = useDesk();
  const [error, setError] = useState<string | null>(null);
  useShellCommands(settings.defaultLanguage, setError);
  if (!error) return null;
  return (
    <div className="banner banner-warning" role="alert">
      <p>{error}</p>
    </div>
  );
}
