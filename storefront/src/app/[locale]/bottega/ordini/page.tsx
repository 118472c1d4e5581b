import { listVendorOrders, requireApprovedVendor } from "@/lib/data/bottega"
import { getT, titleMetadata } from "@/lib/i18n/server"
import { OrdersTemplate } from "@/modules/bottega/orders-template"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("bottega.orders.title")

export default async function VendorOrdersPage() {
  const { t, locale } = await getT()
  const session = await requireApprovedVendor()
  const orders = await listVendorOrders()
  return <OrdersTemplate session={session} orders={orders} t={t} locale={locale} />
}
