import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { splitOrderByVendorWorkflow } from "./workflows/split-order-by-vendor"

// The order's lock is a short lease that the holder renews while the split runs (the locking
// module's `execute`): a worker killed mid-split frees the order within LEASE_S, instead of
// holding it for a fixed TTL that outlives the retry of the very event it was handling.
const LEASE_S = 10
// The table of links/vendor-product.ts, as Medusa names a link's table (module, key, module, key).
const VENDOR_PRODUCT_TABLE = "vendor_vendor_product_product"

/**
 * Splits one resident's order by maker, alone: another run of the same order (a replayed
 * `order.placed`, the sweeper) waits for the lock, then finds the split done and does nothing.
 * Logs which process made the child orders (operations read it to tell the worker works).
 */
export async function runOrderSplit(container: MedusaContainer, orderId: string, { waitSeconds = 30 } = {}) {
  const locking = container.resolve(Modules.LOCKING)
  const children = await locking.execute(
    `order-split:${orderId}`,
    async () => (await splitOrderByVendorWorkflow(container).run({ input: { order_id: orderId } })).result,
    { timeout: waitSeconds, expire: LEASE_S }
  )
  if (children.length) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Order ${orderId} split into ${children.length} maker orders (pid ${process.pid})`)
  }
  return children
}

/**
 * Resident's orders placed more than `olderThanSeconds` ago (within a day) with makers' products and
 * no sale ledger line yet: their split never finished (its event lost, its worker killed, its
 * retries spent). Child orders (they carry `parent_order_id`), drafts and cancelled orders are not.
 */
export async function findUnsplitOrders(container: MedusaContainer, { olderThanSeconds }: { olderThanSeconds: number }): Promise<string[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `SELECT o.id FROM "order" o
      WHERE o.deleted_at IS NULL AND o.is_draft_order = false AND o.status NOT IN ('canceled', 'draft')
        AND o.created_at < now() - make_interval(secs => ?) AND o.created_at > now() - interval '1 day'
        AND (o.metadata->>'parent_order_id') IS NULL
        AND NOT EXISTS (SELECT 1 FROM commission_line c WHERE c.parent_order_id = o.id AND c.kind = 'sale' AND c.deleted_at IS NULL)
        AND EXISTS (
          SELECT 1 FROM order_item oi
            JOIN order_line_item li ON li.id = oi.item_id AND li.deleted_at IS NULL
            JOIN ${VENDOR_PRODUCT_TABLE} vp ON vp.product_id = li.product_id AND vp.deleted_at IS NULL
           WHERE oi.order_id = o.id AND oi.deleted_at IS NULL)
      ORDER BY o.created_at LIMIT 100`,
    [olderThanSeconds]
  )
  return (rows as { id: string }[]).map((r) => r.id)
}
