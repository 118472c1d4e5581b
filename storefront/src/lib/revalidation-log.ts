import "server-only"

export type Revalidation = { seq: number; at: string; tags: string[] }

const KEEP = 200
const log: Revalidation[] = []
let seq = 0

/** Remembers one revalidation call (the last KEEP only, in this server's memory). */
export function recordRevalidation(tags: string[]): Revalidation {
  const entry = { seq: ++seq, at: new Date().toISOString(), tags }
  log.push(entry)
  if (log.length > KEEP) log.splice(0, log.length - KEEP)
  return entry
}

export function recentRevalidations(): Revalidation[] {
  return [...log]
}
