import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

/**
 * A maker's statement for a period, each line with the resident's order number (the one on the
 * label). The resident's order id stays inside: a maker knows that order by its number only.
 */
export async function vendorStatement(scope: MedusaContainer, vendorId: string, range: { from?: Date; to?: Date }) {
  const service: VendorModuleService = scope.resolve(VENDOR_MODULE)
  const statement = await service.statementFor(vendorId, range)
  const parentIds = [...new Set(statement.lines.map((l) => l.parent_order_id))]
  const { data: parents } = parentIds.length
    ? await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "display_id"], filters: { id: parentIds } })
    : { data: [] as { id: string; display_id: number }[] }
  const numberOf = new Map(parents.map((p: any) => [p.id, p.display_id as number]))
  return {
    ...statement,
    lines: statement.lines.map((l) => ({
      order_id: l.order_id,
      order_number: numberOf.get(l.parent_order_id) ?? null,
      kind: l.kind,
      gross: l.gross,
      rate_bps: l.rate_bps,
      commission: l.commission,
      net: l.net,
      created_at: l.created_at,
    })),
  }
}

export type VendorStatement = Awaited<ReturnType<typeof vendorStatement>>
