// An archived product is a draft that also left the maker's active list; it keeps its orders,
// history and id, and "restore" brings it back as a draft.
export const ARCHIVED_AT = "archived_at"

export const isArchived = (product: { metadata?: Record<string, unknown> | null }) => Boolean(product.metadata?.[ARCHIVED_AT])

export const archivedAt = (product: { metadata?: Record<string, unknown> | null }): string | null =>
  (product.metadata?.[ARCHIVED_AT] as string | undefined) || null
