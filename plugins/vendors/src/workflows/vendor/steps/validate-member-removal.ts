import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import { refusal } from "@rbv/kit"

export const validateMemberRemovalStepId = "validate-member-removal"

/** A member of this shop (another shop's member answers 404, like one that does not exist), never oneself. */
export const validateMemberRemovalStep = createStep(
  validateMemberRemovalStepId,
  async (input: { vendor_id: string; member_id: string; removed_by: string }, { container }) => {
    if (!/^vmem_[0-9A-Za-z]{1,40}$/.test(input.member_id)) throw refusal(MedusaError.Types.NOT_FOUND, "member_not_found", "Member not found", "member_id")
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const [member] = await service.listVendorMembers({ id: input.member_id, vendor_id: input.vendor_id }, { take: 1 })
    if (!member) throw refusal(MedusaError.Types.NOT_FOUND, "member_not_found", "Member not found", "member_id")
    if (member.id === input.removed_by) throw refusal(MedusaError.Types.NOT_ALLOWED, "cannot_remove_self", "id: you cannot remove yourself; another owner can", "id")
    return new StepResponse({ id: member.id })
  }
)
