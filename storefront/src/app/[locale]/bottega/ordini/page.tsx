import { listVendorOrders } from "@/lib/data/bottega"
import { titleMetadata } from "@/lib/i18n/server"
import { artisanPage } from "@/lib/pages"
import { OrdersTemplate } from "@/modules/bottega/orders-template"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("bottega.orders.title")

type Props = { searchParams: Promise<{ fatto?: string }> }

export default artisanPage<Props>(async ({ searchParams }, { t, locale, session }) => {
  // What is still to prepare or waiting for its round, the next to go first; of the history, the newest (the statement has it all).
  const [open, history, { fatto }] = await Promise.all([listVendorOrders(["to_prepare", "ready"], 100, "oldest"), listVendorOrders(["gone", "cancelled"], 20), searchParams])
  const justDone = typeof fatto === "string" ? fatto : null
  return <OrdersTemplate session={session} open={open} history={history} justDone={justDone} t={t} locale={locale} />
})
