import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { adminFetch } from "../lib/admin-fetch"

type Maker = { id: string; name: string; handle: string; status: string }

const ProductVendorWidget = ({ data }: DetailWidgetProps<AdminProduct>) => {
  const { t } = useTranslation()
  const [vendor, setVendor] = useState<Maker | null | undefined>(undefined)
  useEffect(() => {
    adminFetch<{ product: { vendor?: Maker | null } }>(`/admin/products/${data.id}?fields=id,vendor.id,vendor.name,vendor.handle,vendor.status`)
      .then((d) => setVendor(d.product.vendor ?? null))
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
