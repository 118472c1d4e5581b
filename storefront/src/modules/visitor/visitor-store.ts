"use client"

import { useSyncExternalStore } from "react"

/** What the header shows per visitor; cached pages carry none of it (GET /api/visitor). */
export type Visitor = { cart_count: number; signed_in: boolean; maker_signed_in: boolean }

let current: Visitor | null = null
let loading: Promise<void> | null = null
const listeners = new Set<() => void>()

function set(next: Visitor): void {
  current = next
  for (const listener of listeners) listener()
}

/** Asks the storefront who this visitor is (their own cookies only); concurrent calls share one request. */
export function refreshVisitor(): Promise<void> {
  loading ??= fetch("/api/visitor", { cache: "no-store", credentials: "same-origin" })
    .then((res) => (res.ok ? (res.json() as Promise<Visitor>) : null))
    .then((visitor) => {
      if (visitor) set(visitor)
    })
    .catch(() => {
      // the header keeps what it showed; the next navigation asks again
    })
    .finally(() => {
      loading = null
    })
  return loading
}

/** The cart count at once, before the server confirms (optimistic add to cart). */
export function addToCartCount(quantity: number): void {
  if (current) set({ ...current, cart_count: current.cart_count + quantity })
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
