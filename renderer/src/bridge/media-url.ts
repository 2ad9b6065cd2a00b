/**
 * Where the page finds a stored media file (`media/<sha>.<ext>`). In browser mode the
 * loopback bridge serves it at /media/…, with the session cookie; the desktop shell maps
 * the same relative path through its app:// protocol.
 */
import { shellKind } from './transport';

export function mediaUrl(src: string): string {
  if (!/^media\/[a-f0-9]{64}\.(jpg|png|webp|gif)$/.test(src)) return '';
  return shellKind === 'browser' ? `/${src}` : src;
}
