/**
 * The keys of an interface as a runtime list (method names for routers, event names for
 * transports). The keys are written as an object literal typed by the interface's keys, so a key
 * missing from the literal, or one the interface lacks, is a compile error: the list cannot
 * drift from the type it lists.
 */
export function listKeys<T>(keys: { readonly [K in keyof T]-?: true }): readonly Extract<keyof T, string>[] {
  return Object.keys(keys) as Extract<keyof T, string>[];
}
