import { AsyncLocalStorage } from "node:async_hooks"
import type { PriceBreakdownRow } from "./models/read-model-types"

/** The variants' breakdowns that the brand rows read so far in one request brought along (null: that variant has none). */
export type VariantBreakdownsSeen = Map<string, PriceBreakdownRow | null>

const scope = new AsyncLocalStorage<VariantBreakdownsSeen>()

/**
 * Runs `fn` (a store product request) in a scope where the brand rows Query reads keep their
 * variants' breakdowns, so that the variants' `price_breakdown`, which Query reads one stage
 * later, comes from rows this very request has just read instead of one more statement.
 * Scoped to one request: nothing read here outlives it.
 */
export const withVariantBreakdownsSeen = <T>(fn: () => T): T => scope.run(new Map(), fn)

/** The current request's breakdowns seen, or undefined outside such a request. */
export const variantBreakdownsSeen = (): VariantBreakdownsSeen | undefined => scope.getStore()
