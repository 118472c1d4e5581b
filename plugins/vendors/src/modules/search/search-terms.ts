/** The longest search the store accepts (the route answers 400 above it). */
export const MAX_QUERY_LENGTH = 200
const MAX_TERMS = 8

/** Lower case without accents ("Città" → "citta"): how `search_text` is stored and a query compared. */
export function foldText(text: string | null | undefined): string {
  return (text ?? "").normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/\s+/g, " ").trim()
}

/** The words of a query, folded: letters and digits only, so they are safe inside a tsquery. */
export function searchTerms(q: string): string[] {
  return [...new Set(foldText(q).split(/[^\p{L}\p{N}]+/u).filter(Boolean))].slice(0, MAX_TERMS)
}
