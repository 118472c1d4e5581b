import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { setCommissionRatesWorkflow } from "../../../../workflows/vendor/workflows/set-commission-rates"
import type { AdminUpdateVendor } from "../validators"

export async function refetchVendor(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "vendor", fields: ["*", "members.*", "products.id", "products.title", "products.status"], filters: { id } })
  if (!data[0]) throw refusal(MedusaError.Types.NOT_FOUND, "vendor_not_found", `Vendor ${id} was not found`, "id")
  return data[0]
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ vendor: await refetchVendor(req, req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateVendor>, res: MedusaResponse) => {
  await refetchVendor(req, req.params.id)
  await setCommissionRatesWorkflow(req.scope).run({
    input: { vendor: { id: req.params.id, rate_bps: req.validatedBody.commission_rate_bps } },
  })
  res.json({ vendor: await refetchVendor(req, req.params.id) })
}
