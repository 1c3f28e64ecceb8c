/**
 * Sorts a short array in place, stably, as Array.prototype.sort would: candidate and match lists hold a
 * handful of items, and the built-in sort allocates working space on every call, which cost more than the
 * sorting on a 100,000-row register.
 */
export function sortShort<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    let j = i - 1;
    while (j >= 0 && compare(items[j], item) > 0) {
      items[j + 1] = items[j];
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}
