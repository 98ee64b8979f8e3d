/** How a question compares a value with a number it states, by the words it says it with ("more than", "at most"). */
export const COMPARE: Readonly<Record<string, (value: number, n: number) => boolean>> = {
  'more than': (v, n) => v > n,
  over: (v, n) => v > n,
  above: (v, n) => v > n,
  'greater than': (v, n) => v > n,
  'higher than': (v, n) => v > n,
  'better than': (v, n) => v > n,
  'at least': (v, n) => v >= n,
  'no less than': (v, n) => v >= n,
  'fewer than': (v, n) => v < n,
  'less than': (v, n) => v < n,
  'lower than': (v, n) => v < n,
  under: (v, n) => v < n,
  below: (v, n) => v < n,
  'at most': (v, n) => v <= n,
  'no more than': (v, n) => v <= n,
  exactly: (v, n) => v === n,
};
