export type Tree<Leaf = string> = { [key: string]: Leaf | Tree<Leaf> }

const isGroup = (value: unknown): value is Tree<unknown> => typeof value === "object" && value !== null && !Array.isArray(value)

/**
 * `b`'s messages over `a`'s, group by group (two parts may each send a group of one namespace).
 * A message is a string, or an array once compiled (compile-messages.ts): never a group.
 */
export function mergeMessages<Leaf = string>(a: Tree<Leaf>, b: Tree<Leaf>): Tree<Leaf> {
  const out: Tree<Leaf> = { ...a }
  for (const [key, value] of Object.entries(b)) {
    const before = out[key]
    out[key] = isGroup(value) && isGroup(before) ? mergeMessages(before as Tree<Leaf>, value as Tree<Leaf>) : value
  }
  return out
}
