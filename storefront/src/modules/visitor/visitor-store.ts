"use client"

import { useSyncExternalStore } from "react"

/** What the header shows per visitor; cached pages carry none of it (GET /api/visitor). */
export type Visitor = { cart_count: number; signed_in: boolean; maker_signed_in: boolean }

let current: Visitor | null = null
let asked = 0
const listeners = new Set<() => void>()

function set(next: Visitor): void {
  current = next
  for (const listener of listeners) listener()
}

/**
 * Asks the storefront who this visitor is (their own cookies only). Each call asks afresh (a
 * cart just changed must not be answered by a request sent before), and an answer older than
 * the last one shown is dropped.
 */
export async function refreshVisitor(): Promise<void> {
  const mine = ++asked
  try {
    const res = await fetch("/api/visitor", { cache: "no-store", credentials: "same-origin" })
    const visitor = res.ok ? ((await res.json()) as Visitor) : null
    if (visitor && mine === asked) set(visitor)
  } catch {
    // the header keeps what it showed; the next navigation asks again
  }
}

/**
 * A page rendered for this visitor already knows their cart's count (the order confirmation,
 * whose cart was just turned into the order): shown at once instead of the count from before,
 * and an answer still on its way from before is dropped.
 */
export function showCartCount(count: number): void {
  asked++
  if (current) set({ ...current, cart_count: count })
}

export function useVisitor(): Visitor | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => current,
    () => null
  )
}
