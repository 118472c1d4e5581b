import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export const upsertCommissionPolicyStepId = "upsert-commission-policy"

export const upsertCommissionPolicyStep = createStep(
  upsertCommissionPolicyStepId,
  async (input: { default_rate_bps: number }, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const [current] = await service.listCommissionPolicies({}, { take: 1 })
    if (!current) {
      const created = await service.createCommissionPolicies(input)
      return new StepResponse(created, { id: created.id, created: true, previous: 0 })
    }
    const updated = await service.updateCommissionPolicies({ id: current.id, ...input })
    return new StepResponse(updated, { id: current.id, created: false, previous: current.default_rate_bps })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    if (undo.created) await service.deleteCommissionPolicies(undo.id)
    else await service.updateCommissionPolicies({ id: undo.id, default_rate_bps: undo.previous })
  }
)
