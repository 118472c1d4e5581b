/** The longest search kept; longer ones are cut (the search fields allow no more). */
export const MAX_QUERY = 100

/**
 * A search as it is cached and shown: trimmed, spaces collapsed, at most MAX_QUERY characters,
 * so "pane " and "pane" are one cached page.
 */
export function searchQuery(raw: string | null | undefined): string {
  return (raw ?? "").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY)
}
