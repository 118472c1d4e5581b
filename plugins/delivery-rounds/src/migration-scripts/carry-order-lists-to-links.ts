import type { ExecArgs, LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createLinksWorkflow } from "@medusajs/medusa/core-flows"
import { DELIVERY_MODULE } from "../modules/delivery"

// [table, its old JSON column of order ids, the link's key for the table's row]
const LISTS = [
  ["delivery_stop_order", "child_order_ids", "delivery_stop_order_id"],
  ["maker_round_outcome", "order_ids", "maker_round_outcome_id"],
] as const

/**
 * After Migration20261201100000: the order ids kept as JSON lists (a stop order's child orders, a
 * maker outcome's orders) become module links. It runs once, after `db:migrate` synced the links;
 * the columns are no longer in the models, so they are read with SQL. An id naming no order is
 * left out; a link already there is kept (creating a link twice leaves one).
 */
export default async function carryOrderListsToLinks({ container }: ExecArgs) {
  const links = (await Promise.all(LISTS.map(([table, column, key]) => linksOfColumn(container, table, column, key)))).flat()
  if (!links.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: ["id"], filters: { id: [...new Set(links.map((l) => l[Modules.ORDER].order_id))] } })
  const known = new Set(orders.map((o: any) => o.id as string))
  const carried = links.filter((l) => known.has(l[Modules.ORDER].order_id))
  if (carried.length) await createLinksWorkflow(container).run({ input: carried as LinkDefinition[] })
}

async function linksOfColumn(container: MedusaContainer, table: string, column: string, key: string) {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  // A later release drops the column: on a database made after that there is nothing to carry.
  const present = await db.raw(`select 1 from information_schema.columns where table_schema = current_schema() and table_name = ? and column_name = ?`, [table, column])
  if (!present.rows.length) return []
  const { rows } = await db.raw(
    `select t."id", e."value" as order_id from ?? t
       cross join lateral jsonb_array_elements_text(case when jsonb_typeof(t.??) = 'array' then t.?? else '[]'::jsonb end) e("value")
      where t."deleted_at" is null`,
    [table, column, column]
  )
  return (rows as { id: string; order_id: string }[]).map((r) => ({ [DELIVERY_MODULE]: { [key]: r.id }, [Modules.ORDER]: { order_id: r.order_id } }))
}
