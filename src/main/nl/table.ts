// Word tables looked up with words the user typed: without a prototype, so "constructor", "__proto__" or
// "toString" (a device may be named so) find nothing instead of Object's own members.
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
