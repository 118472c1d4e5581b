import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { nextRoundDates } from "../../../lib/round-dates"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import { refusal } from "@rbv/kit"

export type PrepareTemplateRoundsInput = { template_id: string; weeks: number; now?: Date | string }

export const prepareTemplateRoundsStepId = "prepare-template-rounds"

/** The rounds a template owes for the next N weeks, minus those already created. */
export const prepareTemplateRoundsStep = createStep(
  prepareTemplateRoundsStepId,
  async (input: PrepareTemplateRoundsInput, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const [found] = await service.listRoundTemplates({ id: input.template_id }, { take: 1 })
    if (!found) throw refusal(MedusaError.Types.NOT_FOUND, "template_not_found", `Round template ${input.template_id} was not found`, "id")
    const template = await service.retrieveTemplateWithRefs(input.template_id)
    if (!template.is_active) throw refusal(MedusaError.Types.NOT_ALLOWED, "template_paused", "The template is paused")
    const dates = nextRoundDates(template, input.weeks, input.now ? new Date(input.now) : new Date())
    const existing = await service.listDeliveryRounds({ template_id: template.id }, { take: null, withDeleted: false })
    const have = new Set(existing.map((r) => new Date(r.starts_at).getTime()))
    const rounds = dates
      .filter((d) => !have.has(d.starts_at.getTime()))
      .map((d) => ({
        ...d,
        name: template.name,
        template_id: template.id,
        max_drops: template.max_drops,
        max_weight_g: template.max_weight_g,
        vehicle_profile: template.vehicle_profile,
        collection_mode: template.collection_mode,
        delivery_fee: template.delivery_fee,
        zone_ids: template.zone_ids,
        pickup_point_ids: template.pickup_point_ids,
      }))
    return new StepResponse(rounds)
  }
)
