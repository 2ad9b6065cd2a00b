/** Times on the board, in the newsroom's time zone: "28 Nov, 14:05". */
export function formatCardTime(iso: string | null, language: string, timeZone: string): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(language === 'ru' ? 'ru-RU' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}
