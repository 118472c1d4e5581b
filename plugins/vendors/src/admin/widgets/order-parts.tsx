import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { ReadStatus } from "@rbv/kit/admin-ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { useOrderParts } from "../lib/order-parts"
import { adminLanguage } from "../lib/sdk"

const STAGE_BADGE = { to_prepare: "orange", ready: "blue", gone: "green", cancelled: "grey" } as const
const money = (cents: number) => new Intl.NumberFormat(adminLanguage(), { style: "currency", currency: "EUR" }).format(cents / 100)

/**
 * A resident's order is one purchase: the makers' parts it was split into (each maker prepares its own) are listed
 * here, not among the orders. A part's own page says whose order it is part of at its top (order-part-notice).
 */
const OrderPartsWidget = ({ data }: DetailWidgetProps<AdminOrder>) => {
  const { t } = useTranslation()
  const read = useOrderParts(data.id)
  if (read.state === "loaded" && read.data.parent) return null
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">{t("rbvVendors.parts.title")}</Heading>
      <ReadStatus read={read} failed={(reason) => t("rbvVendors.parts.failed", { reason })} />
      {read.state === "loaded" && !read.data.parts.length && <Text className="text-ui-fg-subtle">{t("rbvVendors.parts.none")}</Text>}
      {read.state === "loaded" && read.data.parts.length > 0 && (
        <ul className="flex flex-col gap-y-2">
          {read.data.parts.map((part) => (
            <li key={part.id} className="flex flex-wrap items-center justify-between gap-2">
              <Link className="text-ui-fg-interactive underline" to={`/orders/${part.id}`}>
                {part.vendor?.name ?? t("rbvVendors.parts.unknown_maker")}
              </Link>
              <span className="flex items-center gap-x-2">
                <Text size="small">{money(part.total)}</Text>
                <Badge size="2xsmall" color={STAGE_BADGE[part.stage]}>
                  {t(`rbvVendors.parts.stage.${part.stage}`)}
                </Badge>
              </span>
              {part.cancel_reason && part.stage === "cancelled" && (
                <Text size="small" className="text-ui-fg-subtle w-full">
                  {t("rbvVendors.parts.reason", { reason: part.cancel_reason })}
                </Text>
              )}
            </li>
          ))}
        </ul>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.before" })

export default OrderPartsWidget
