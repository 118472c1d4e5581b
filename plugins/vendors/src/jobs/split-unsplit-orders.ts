import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { findUnsplitOrders, runOrderSplit } from "../workflows/vendor/run-order-split"

// The split normally follows `order.placed` within seconds. An event can still be lost (its
// worker killed at the wrong moment, its retries spent): this sweep, on the worker, splits every
// order left unsplit for longer than RBV_SPLIT_SWEEP_AFTER_S (default 60 s), so none stays so.
export default async function splitUnsplitOrders(container: MedusaContainer) {
  const olderThanSeconds = Number(process.env.RBV_SPLIT_SWEEP_AFTER_S || 60)
  for (const orderId of await findUnsplitOrders(container, { olderThanSeconds })) {
    // A split in progress elsewhere holds the lock: it finishes it, the next sweep checks.
    await runOrderSplit(container, orderId, { waitSeconds: 2 }).catch((err) =>
      container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Order ${orderId}: split left to the next sweep (${err?.message ?? err})`)
    )
  }
}

// Every minute; RBV_SPLIT_SWEEP_SCHEDULE (a cron expression, seconds allowed) for tests.
export const config = { name: "rbv-split-unsplit-orders", schedule: process.env.RBV_SPLIT_SWEEP_SCHEDULE || "* * * * *" }
