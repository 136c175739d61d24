/**
 * A pure function of a text, remembered per text. Workbooks repeat the same labels, level names and
 * values thousands of times; the core asks the same questions of each. Texts longer than
 * `maxLength` are not kept (sentences rarely repeat), and the memory is emptied when it holds
 * `maxEntries`, so it stays small whatever the workbook.
 */
export function remembered<T>(
  f: (text: string) => T,
  { maxLength = 200, maxEntries = 20000 }: { maxLength?: number; maxEntries?: number } = {},
): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let r = seen.get(text);
    if (r === undefined) {
      r = f(text);
      if (text.length <= maxLength) {
        if (seen.size >= maxEntries) seen.clear();
        seen.set(text, r);
      }
    }
    return r;
  };
}
