/**
 * Conditions on the action record as data: what "this part of the record is filled in" means,
 * written once as a table (record-requirements) and read by `holds`. A value of the wrong type
 * (a record not written by the app) makes a condition false: the check fails closed.
 */

/** Keys from the record (or, inside `each`, from the list's element). */
export type Path = readonly string[];

export type Condition =
  /** A string with something besides white space in it. */
  | { readonly text: Path }
  /** Anything but null. */
  | { readonly set: Path }
  /** Equal to this string or boolean. */
  | { readonly is: Path; readonly value: string | boolean }
  /** One of these strings. */
  | { readonly oneOf: Path; readonly values: readonly string[] }
  /** A list with at least one element. */
  | { readonly nonEmpty: Path }
  /** A list whose every element meets all the conditions (their paths start at the element). */
  | { readonly each: Path; readonly all: readonly Condition[] }
  | { readonly not: Condition }
  | { readonly anyOf: readonly Condition[] }
  | { readonly allOf: readonly Condition[] };

function at(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Whether `value` (a record, or a list's element) meets the condition. */
export function holds(condition: Condition, value: unknown): boolean {
  if ('text' in condition) {
    const text = at(value, condition.text);
    return typeof text === 'string' && text.trim() !== '';
  }
  if ('set' in condition) {
    const found = at(value, condition.set);
    return found !== null && found !== undefined;
  }
  if ('is' in condition) return at(value, condition.is) === condition.value;
  if ('oneOf' in condition) {
    const found = at(value, condition.oneOf);
    return typeof found === 'string' && condition.values.includes(found);
  }
  if ('nonEmpty' in condition) {
    const list = at(value, condition.nonEmpty);
    return Array.isArray(list) && list.length > 0;
  }
  if ('each' in condition) {
    const list = at(value, condition.each);
    return Array.isArray(list) && list.every((element) => condition.all.every((inner) => holds(inner, element)));
  }
  if ('not' in condition) return !holds(condition.not, value);
  if ('anyOf' in condition) return condition.anyOf.some((inner) => holds(inner, value));
  return condition.allOf.every((inner) => holds(inner, value));
}
