export type Tree = { [key: string]: string | Tree }

/** `b`'s messages over `a`'s, group by group (two parts may each send a group of one namespace). */
export function mergeMessages(a: Tree, b: Tree): Tree {
  const out: Tree = { ...a }
  for (const [key, value] of Object.entries(b)) {
    const before = out[key]
    out[key] = typeof value === "object" && typeof before === "object" ? mergeMessages(before, value) : value
  }
  return out
}
