import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { sdk } from "../lib/sdk"

type Maker = { id: string; name: string; handle: string; status: string }

const ProductVendorWidget = ({ data }: DetailWidgetProps<AdminProduct>) => {
  const { t } = useTranslation()
  const [vendor, setVendor] = useState<Maker | null | undefined>(undefined)
  useEffect(() => {
    // Medusa's own route through the SDK's typed call; `vendor` is the link of this plugin.
    sdk.admin.product
      .retrieve(data.id, { fields: "id,vendor.id,vendor.name,vendor.handle,vendor.status" })
      .then((d) => setVendor(((d.product as { vendor?: Maker | null }).vendor) ?? null))
      .catch(() => setVendor(null))
  }, [data.id])
  return (
    <Container className="px-6 py-4">
      <Heading level="h2">{t("rbvVendors.widget.title")}</Heading>
      <Text className="text-ui-fg-subtle">
        {vendor === undefined ? "…" : vendor ? `${vendor.name} (${vendor.handle}, ${vendor.status})` : t("rbvVendors.widget.none")}
      </Text>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.before" })

export default ProductVendorWidget
