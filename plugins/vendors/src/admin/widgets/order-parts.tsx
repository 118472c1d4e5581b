import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { adminFetch, adminLanguage } from "../lib/sdk"

type Part = { id: string; display_id: number; stage: "to_prepare" | "ready" | "gone" | "cancelled"; total: number; cancel_reason: string | null; vendor: { name: string } | null }
type Parts = { parent: { id: string; display_id: number } | null; parts: Part[] }
type State = { state: "loading" } | { state: "loaded"; view: Parts } | { state: "failed"; message: string }

const STAGE_BADGE = { to_prepare: "orange", ready: "blue", gone: "green", cancelled: "grey" } as const
const money = (cents: number) => new Intl.NumberFormat(adminLanguage(), { style: "currency", currency: "EUR" }).format(cents / 100)

/**
 * A resident's order is one purchase: the makers' parts it was split into (each maker prepares its own) are listed
 * here, not among the orders; a part's page says whose order it is part of.
 */
const OrderPartsWidget = ({ data }: DetailWidgetProps<AdminOrder>) => {
  const { t } = useTranslation()
  const [read, setRead] = useState<State>({ state: "loading" })
  useEffect(() => {
    setRead({ state: "loading" })
    adminFetch<Parts>(`/admin/orders/${data.id}/parts`)
      .then((view) => setRead({ state: "loaded", view }))
      .catch((e: Error) => setRead({ state: "failed", message: e.message }))
  }, [data.id])
  const parent = read.state === "loaded" ? read.view.parent : null
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">{t(parent ? "rbvVendors.parts.part_title" : "rbvVendors.parts.title")}</Heading>
      {read.state === "loading" && <Text className="text-ui-fg-subtle">…</Text>}
      {read.state === "failed" && (
        <Text role="alert" className="text-ui-fg-error">
          {t("rbvVendors.parts.failed", { reason: read.message })}
        </Text>
      )}
      {parent && (
        <Text>
          {t("rbvVendors.parts.part_of", { maker: read.state === "loaded" ? read.view.parts[0]?.vendor?.name ?? "" : "" })}{" "}
          <Link className="text-ui-fg-interactive underline" to={`/orders/${parent.id}`}>
            {t("rbvVendors.parts.order_number", { number: parent.display_id })}
          </Link>
        </Text>
      )}
      {read.state === "loaded" && !parent && !read.view.parts.length && <Text className="text-ui-fg-subtle">{t("rbvVendors.parts.none")}</Text>}
      {read.state === "loaded" && !parent && read.view.parts.length > 0 && (
        <ul className="flex flex-col gap-y-2">
          {read.view.parts.map((part) => (
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
