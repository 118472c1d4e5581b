import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { adminFetch } from "../lib/sdk"
import { STATUS_BADGE, type VendorStatus } from "../lib/vendor-status"

type Maker = { id: string; name: string; handle: string; status: VendorStatus }
// The maker, none linked, or why it could not be read: a failed request must not look like "no maker".
type State = { state: "loading" } | { state: "loaded"; vendor: Maker | null } | { state: "failed"; message: string }

const ProductVendorWidget = ({ data }: DetailWidgetProps<AdminProduct>) => {
  const { t } = useTranslation()
  const [read, setRead] = useState<State>({ state: "loading" })
  useEffect(() => {
    setRead({ state: "loading" })
    // Medusa's own product route; `vendor` is this plugin's link.
    adminFetch<{ product: { vendor?: Maker | null } }>(`/admin/products/${data.id}?fields=id,vendor.id,vendor.name,vendor.handle,vendor.status`)
      .then((d) => setRead({ state: "loaded", vendor: d.product.vendor ?? null }))
      .catch((e: Error) => setRead({ state: "failed", message: e.message }))
  }, [data.id])
  return (
    <Container className="flex flex-col gap-y-2 px-6 py-4">
      <Heading level="h2">{t("rbvVendors.widget.title")}</Heading>
      {read.state === "loading" && <Text className="text-ui-fg-subtle">…</Text>}
      {read.state === "failed" && (
        <Text role="alert" className="text-ui-fg-error">
          {t("rbvVendors.widget.failed", { reason: read.message })}
        </Text>
      )}
      {read.state === "loaded" && !read.vendor && <Text className="text-ui-fg-subtle">{t("rbvVendors.widget.none")}</Text>}
      {read.state === "loaded" && read.vendor && (
        <div className="flex items-center justify-between gap-x-2">
          <Text>
            {read.vendor.name} <span className="text-ui-fg-subtle">({read.vendor.handle})</span>
          </Text>
          <Badge size="2xsmall" color={STATUS_BADGE[read.vendor.status]}>
            {t(`rbvVendors.page.row.${read.vendor.status}`)}
          </Badge>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.before" })

export default ProductVendorWidget
