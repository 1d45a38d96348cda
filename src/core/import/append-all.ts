/**
 * `target.push(...items)` passes every item as an argument, and engines cap arguments by
 * stack size (JavaScriptCore at 65,536): a pasted document can hold more items than that.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
