import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { useOrderParts } from "../lib/order-parts"

const STAGE_BADGE = { to_prepare: "orange", ready: "blue", gone: "green", cancelled: "grey" } as const

/**
 * On a maker's part, above Medusa's own sections: those show the part as unpaid and unallocated and offer actions
 * (allocate, fulfil, edit, refund) that the API refuses on a part — what counts is on the resident's order.
 */
const OrderPartNoticeWidget = ({ data }: DetailWidgetProps<AdminOrder>) => {
  const { t } = useTranslation()
  const read = useOrderParts(data.id)
  if (read.state !== "loaded" || !read.data.parent) return null
  const parent = read.data.parent
  const part = read.data.parts[0]
  const orderLink = (
    <Link className="text-ui-fg-interactive underline" to={`/orders/${parent.id}`}>
      {t("rbvVendors.parts.order_number", { number: parent.display_id })}
    </Link>
  )
  // Medusa 2.21's dashboard puts this zone's widgets after its own sections (seen): the notice must come first.
  return (
    <Container className="flex flex-col gap-y-2 px-6 py-4" style={{ order: -1 }} role="note" aria-label={t("rbvVendors.parts.part_title")}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Heading level="h2">
          {t("rbvVendors.parts.part_of", { maker: part?.vendor?.name ?? t("rbvVendors.parts.unknown_maker") })} {orderLink}
        </Heading>
        {part && (
          <Badge size="2xsmall" color={STAGE_BADGE[part.stage]}>
            {t(`rbvVendors.parts.stage.${part.stage}`)}
          </Badge>
        )}
      </div>
      <Text className="text-ui-fg-subtle">{t("rbvVendors.parts.part_notice", { number: parent.display_id })}</Text>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.before" })

export default OrderPartNoticeWidget
