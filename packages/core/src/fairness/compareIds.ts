/**
 * Orders ids by UTF-16 code units, JavaScript's `<`, never by locale (fairness.md §4 T1), so every tie-break and every
 * sorted list of ids comes out the same on any device and in any language. Internal.
 */
export function compareIds(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
