import { mergeMessages, type Tree } from "./merge-messages"
import type { Messages } from "./translate"

type Namespace = keyof Messages
/** A namespace, or one group of it (`charter.breakdown`). */
type Entry = Namespace | `${Namespace}.${string}`

/**
 * The messages the client components of each part read (a part is a folder of src/modules). A page
 * sends the browser only those of the parts it renders — the shell's on every page, its own
 * part's through its segment's layout — and translates everything else on the server: the whole
 * catalogue was ~46 kB on every page, mostly /bottega's copy.
 * `client-parts.unit.spec.ts` checks every client component, and what it imports, against this.
 */
export const CLIENT_PARTS = {
  /** Header (language switcher, visitor links) and the error pages, on every page. */
  shell: ["nav", "language", "errors", "fatal"],
  products: ["product"],
  cart: ["cart"],
  catalogue: ["search"],
  checkout: ["checkout", "payments", "charter.roundup", "charter.breakdown"],
  account: ["account", "checkout", "basket"],
  /** The order page's own form (cancel before the cutoff), under the account's or the confirmation's. */
  order: ["order.cancel"],
  logistics: ["logistics", "account", "checkout"],
  bottega: ["bottega", "account", "checkout", "payments", "charter.bottega"],
} satisfies Record<string, Entry[]>

export type ClientPart = keyof typeof CLIENT_PARTS

/** Only `part`'s messages out of a language's whole catalogue. */
export function messagesFor(messages: Messages, part: ClientPart): Partial<Messages> {
  const picked = (CLIENT_PARTS[part] as readonly string[]).map((entry) => {
    const path = entry.split(".")
    const value = path.reduce<unknown>((node, key) => (node as Tree)[key], messages)
    return path.reduceRight<Tree>((inner, key, i) => (i === path.length - 1 ? { [key]: value as Tree } : { [key]: inner }), {})
  })
  return picked.reduce(mergeMessages, {}) as Partial<Messages>
}
