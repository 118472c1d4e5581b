/** The fields an update is about to change, as they are now: what its compensation writes back. */
export function previousValues<T extends { id: string }>(current: Record<string, unknown>, update: T): T {
  return { ...Object.fromEntries(Object.keys(update).map((key) => [key, current[key]])), id: update.id } as T
}
