import { listVendorOrders } from "@/lib/data/bottega"
import { titleMetadata } from "@/lib/i18n/server"
import { artisanPage } from "@/lib/pages"
import { OrdersTemplate } from "@/modules/bottega/orders-template"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("bottega.orders.title")

export default artisanPage(async (_, { t, locale, session }) => {
  const orders = await listVendorOrders()
  return <OrdersTemplate session={session} orders={orders} t={t} locale={locale} />
})
