import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { ReadStatus } from "@rbv/kit/admin-ui"
import { useTranslation } from "react-i18next"
import { useAdminRead } from "../lib/admin-read"
import { STATUS_BADGE, type VendorStatus } from "../lib/vendor-status"

type Maker = { id: string; name: string; handle: string; status: VendorStatus }

const ProductVendorWidget = ({ data }: DetailWidgetProps<AdminProduct>) => {
  const { t } = useTranslation()
  // Medusa's own product route; `vendor` is this plugin's link.
  const read = useAdminRead<{ product: { vendor?: Maker | null } }>(`/admin/products/${data.id}?fields=id,vendor.id,vendor.name,vendor.handle,vendor.status`)
  const vendor = read.state === "loaded" ? read.data.product.vendor ?? null : null
  return (
    <Container className="flex flex-col gap-y-2 px-6 py-4">
      <Heading level="h2">{t("rbvVendors.widget.title")}</Heading>
      <ReadStatus read={read} failed={(reason) => t("rbvVendors.widget.failed", { reason })} />
      {read.state === "loaded" && !vendor && <Text className="text-ui-fg-subtle">{t("rbvVendors.widget.none")}</Text>}
      {read.state === "loaded" && vendor && (
        <div className="flex items-center justify-between gap-x-2">
          <Text>
            {vendor.name} <span className="text-ui-fg-subtle">({vendor.handle})</span>
          </Text>
          <Badge size="2xsmall" color={STATUS_BADGE[vendor.status]}>
            {t(`rbvVendors.page.row.${vendor.status}`)}
          </Badge>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.before" })

export default ProductVendorWidget
