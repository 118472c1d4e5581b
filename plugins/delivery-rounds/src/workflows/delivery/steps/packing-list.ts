import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { sendMail } from "@rbv/kit"
import { DeliveryTemplates } from "../../../lib/notify"
import { loadRoundContext } from "../../../lib/round-context"
import { vendorRoundPackingList } from "../../../lib/round-view"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export type PackingListInput = { round_id: string; vendor_id: string }

/** The maker's list for the round (its orders, items, labels, hand-over) and where to send it; null if already sent or nothing to prepare. */
export const preparePackingListStep = createStep("prepare-packing-list", async (input: PackingListInput, { container }) => {
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const [sent] = await service.listPackingListDispatches({ round_id: input.round_id, vendor_id: input.vendor_id }, { take: 1 })
  if (sent) return new StepResponse(null)
  const list = vendorRoundPackingList(await loadRoundContext(container, input.round_id), input.vendor_id)
  if (!list) return new StepResponse(null)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "vendor", fields: ["id", "name", "email", "mail_locale"], filters: { id: input.vendor_id } })
  const vendor = data[0] as { name: string; email: string; mail_locale?: string } | undefined
  if (!vendor?.email) return new StepResponse(null)
  return new StepResponse({ vendor, list })
})

/**
 * Sent means recorded: the row (one per round and maker, unique) is written before the e-mail
 * goes, so a second close or a job re-run finds it and sends nothing; if sending fails the row
 * is removed again (compensation) and the next close tries again.
 */
export const recordPackingListStep = createStep(
  "record-packing-list",
  async (input: PackingListInput, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const row = await service.createPackingListDispatches({ round_id: input.round_id, vendor_id: input.vendor_id, sent_at: new Date() })
    return new StepResponse(row, row.id)
  },
  async (id, { container }) => {
    if (!id) return
    await (container.resolve(DELIVERY_MODULE) as DeliveryModuleService).deletePackingListDispatches(id)
  }
)

export const sendPackingListStep = createStep(
  "send-packing-list",
  async (input: { dispatch_id: string; vendor: { name: string; email: string; mail_locale?: string }; list: NonNullable<ReturnType<typeof vendorRoundPackingList>> }, { container }) => {
    const { list, vendor } = input
    const [notification] = await sendMail(container, [{ email: vendor.email, locale: vendor.mail_locale }], DeliveryTemplates.PACKING_LIST, {
      vendor_name: vendor.name,
      round_id: list.id,
      round_name: list.name,
      starts_at: list.starts_at,
      ends_at: list.ends_at,
      collection_mode: list.collection_mode,
      dropoff_deadline: list.dropoff_deadline,
      hub: list.hub,
      collection_eta: list.collection_eta,
      orders: list.orders,
    })
    // (A provider failure — SMTP down — throws: the record is undone and the next close sends it.)
    if (!notification) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `The packing list for ${vendor.name} was not sent`)
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.updatePackingListDispatches({ id: input.dispatch_id, notification_id: notification.id })
    return new StepResponse({ notification_id: notification.id })
  }
)
