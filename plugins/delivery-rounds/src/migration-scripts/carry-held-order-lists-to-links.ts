import type { ExecArgs, LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createLinksWorkflow } from "@medusajs/medusa/core-flows"
import { DELIVERY_MODULE } from "../modules/delivery"

// Filled by Migration20261201120000 from the old JSON columns it drops.
const HELD = "delivery_held_order_list"
// The old table → the link's key for its row.
const KEY_OF_TABLE: Record<string, string> = {
  delivery_stop_order: "delivery_stop_order_id",
  maker_round_outcome: "maker_round_outcome_id",
}

/**
 * The order ids once kept as JSON lists (a stop order's child orders, a maker outcome's orders),
 * held by Migration20261201120000 when it dropped the columns, become module links. `db:migrate`
 * runs it once, after it synced the links (which the migration could not wait for). An id naming
 * no order is left out; a link already there is kept (creating a link twice leaves one); the held
 * table goes once its rows are links.
 */
export default async function carryHeldOrderListsToLinks({ container }: ExecArgs) {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const present = await db.raw(`select 1 from information_schema.tables where table_schema = current_schema() and table_name = ?`, [HELD])
  if (!present.rows.length) return
  const { rows } = await db.raw(`select "table_name", "row_id", "order_id" from ??`, [HELD])
  const held = rows as { table_name: string; row_id: string; order_id: string }[]
  if (held.length) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({ entity: "order", fields: ["id"], filters: { id: [...new Set(held.map((r) => r.order_id))] } })
    const known = new Set(orders.map((o: any) => o.id as string))
    const links = held
      .filter((r) => known.has(r.order_id) && KEY_OF_TABLE[r.table_name])
      .map((r) => ({ [DELIVERY_MODULE]: { [KEY_OF_TABLE[r.table_name]]: r.row_id }, [Modules.ORDER]: { order_id: r.order_id } }))
    if (links.length) await createLinksWorkflow(container).run({ input: links as LinkDefinition[] })
  }
  await db.raw(`drop table ??`, [HELD])
}
