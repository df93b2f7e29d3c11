import { useEffect, useState } from 'react';
import type { useListParams } from './list-params';

/**
 * The text of a list's search box: the list's `q` (and so the URL and the server's query) follows when
 * the typing pauses for `delay` ms; a `q` changed elsewhere (back, "clear") shows in the box. Returns
 * the text and its setter, as `useState` does.
 */
export function useListSearch(
  list: Pick<ReturnType<typeof useListParams>, 'filters' | 'update'>,
  delay = 350,
): [string, (text: string) => void] {
  const current = list.filters['q'] ?? '';
  const { update } = list;
  const [text, setText] = useState(current);
  // Only a real change: the space the user just typed after a word stays.
  useEffect(() => setText((typed) => (typed.trim() === current ? typed : current)), [current]);
  useEffect(() => {
    if (text.trim() === current) return undefined;
    const timer = setTimeout(() => update({ q: text.trim() || undefined }), delay);
    return () => clearTimeout(timer);
  }, [text, current, update, delay]);
  return [text, setText];
}
