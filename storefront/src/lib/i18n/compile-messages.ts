import compile from "icu-minify/compile"
import type { CompiledMessage } from "icu-minify/format"
import type { Tree } from "./merge-messages"

/** Messages as the browser gets them: each one compiled, same keys. */
export type CompiledMessages = Tree<CompiledMessage>

/**
 * Each message of `messages` compiled by icu-minify (use-intl's own ahead-of-time compiler) into
 * its compact JSON form, which icu-minify/format fills in in the browser (client-translate.ts)
 * without an ICU parser: use-intl's was a 12 kB gzipped chunk on every page. Plain objects only,
 * as React passes them to client components (icu-minify's branches have no prototype).
 */
export function compileMessages(messages: Tree): CompiledMessages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [key, typeof value === "string" ? plain(compile(value)) : compileMessages(value)]),
  )
}

function plain(message: CompiledMessage): CompiledMessage {
  return typeof message === "string" ? message : JSON.parse(JSON.stringify(message))
}
