import { listVendorOrders } from "@/lib/data/bottega"
import { titleMetadata } from "@/lib/i18n/server"
import { artisanPage } from "@/lib/pages"
import { OrdersTemplate } from "@/modules/bottega/orders-template"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("bottega.orders.title")

type Props = { searchParams: Promise<{ fatto?: string }> }

export default artisanPage<Props>(async ({ searchParams }, { t, locale, session }) => {
  const [orders, { fatto }] = await Promise.all([listVendorOrders(), searchParams])
  const justDone = typeof fatto === "string" ? (orders.find((order) => order.id === fatto)?.id ?? null) : null
  return <OrdersTemplate session={session} orders={orders} justDone={justDone} t={t} locale={locale} />
})
