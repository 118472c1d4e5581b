import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { residentLocale, sendMail, type MailRecipient } from "@rbv/kit"
import { VENDOR_MODULE } from "../modules/vendor"
import type VendorModuleService from "../modules/vendor/service"
import { CASH_PROVIDER_ID } from "../workflows/payout/steps/find-cash-payment"

/**
 * What an e-mail to a resident about one maker's part needs: the resident (in the language they
 * shopped in), the order's number and total, whether a card pays it, and the maker's name.
 * Null when the order has no e-mail to write to.
 */
export async function residentOrderMail(container: MedusaContainer, orderId: string, vendorId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "email", "display_id", "total", "metadata", "customer.metadata", "payment_collections.payments.provider_id"],
    filters: { id: orderId },
  })
  const order = data[0] as any
  if (!order?.email) return null
  const vendor = await (container.resolve(VENDOR_MODULE) as VendorModuleService).retrieveVendor(vendorId)
  const card = (order.payment_collections ?? []).flatMap((c: any) => c.payments ?? []).some((p: any) => p.provider_id !== CASH_PROVIDER_ID)
  const to: MailRecipient[] = [{ email: order.email, locale: residentLocale(order) }]
  return { to, order_id: order.id as string, display_id: order.display_id, total: order.total, maker: vendor.name, card }
}

type ResidentOrderMail = NonNullable<Awaited<ReturnType<typeof residentOrderMail>>>

/**
 * Writes to the resident of `orderId` about `vendorId`'s part with `template`: the order's number and
 * the maker's name, and what `dataFor` adds from the mail's facts (its total, whether a card pays).
 * Nothing when the order has no e-mail to write to.
 */
export async function sendResidentOrderMail(
  container: MedusaContainer,
  part: { parent_order_id: string; vendor_id: string },
  template: string,
  dataFor: (mail: ResidentOrderMail) => Record<string, unknown>
) {
  const mail = await residentOrderMail(container, part.parent_order_id, part.vendor_id)
  if (!mail) return
  await sendMail(container, mail.to, template, { order_id: mail.order_id, display_id: mail.display_id, maker: mail.maker, ...dataFor(mail) })
}
