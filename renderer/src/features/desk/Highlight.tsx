/** Marks the words of `text` that start with one of the search terms (folded: case, ё/е). */
const WORDS = /([\p{L}\p{N}]+)/u;

const fold = (word: string): string => word.toLowerCase().replace(/ё/g, 'е');

export function Highlight({ text, terms }: { text: string; terms: string[] }) {
  if (terms.length === 0) return <>{text}</>;
  const parts = text.split(WORDS);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 && terms.some((term) => fold(part).startsWith(term)) ? (
          <mark key={index}>{part}</mark>
        ) : (
          part
        ),
      )}
    </>
  );
}
