import "server-only"
import type { BatchLimitView, Wire } from "@rbv/kit/api-types"
import { vendorFetch } from "./bottega"

export type VendorRound = {
  id: string
  name: string | null
  starts_at: string
  ends_at: string
  status: string
  collection_mode: "hub_dropoff" | "workshop_pickup"
  dropoff_deadline: string | null
  hub: { name: string; address_1: string } | null
  collection_eta: string | null
  /** When the packing list went out by e-mail (once, when the round closed); null before. */
  packing_list_sent_at: string | null
  orders: {
    display_id: number
    customer_name: string
    /** The maker's own part of this order (where its weights are entered). */
    order_id: string
    can_weigh: boolean
    items: {
      item_id: string
      title: string
      quantity: number
      /** Sold by weight: the estimated grams of the line's pieces and, once weighed, the real ones. */
      weight: { estimated_grams: number; grams: number | null; tolerance_percent: number } | null
    }[]
  }[]
}

/** The coming rounds that carry this shop's orders, with a packing list per resident order. */
export async function listVendorRounds(): Promise<VendorRound[]> {
  const { rounds } = await vendorFetch<{ rounds: VendorRound[] }>("/vendor/delivery-rounds")
  return rounds
}

export type VendorBatchLimit = Wire<BatchLimitView>

/** What the shop can make per round, for which products, and how much each coming round has taken. */
export async function listVendorBatchLimits(): Promise<VendorBatchLimit[]> {
  const { batch_limits } = await vendorFetch<{ batch_limits: VendorBatchLimit[] }>("/vendor/batch-limits")
  return batch_limits
}

export type VendorRoundMinimum = { amount: number; below: "release" | "keep" }
export type VendorMinimumOutcome = { round_id: string; starts_at: string; outcome: "reached" | "kept" | "released"; total: number; minimum: number; orders: number }

/** The least the shop's part of a round must be worth, and what the last cutoffs decided. */
export async function retrieveVendorRoundMinimum(): Promise<{ round_minimum: VendorRoundMinimum | null; outcomes: VendorMinimumOutcome[] }> {
  return vendorFetch("/vendor/round-minimum")
}
