import { notFound } from "next/navigation"
import { retrieveOrderDelivery } from "@/lib/data/delivery"
import { retrieveOrder } from "@/lib/data/orders"
import { titleMetadata } from "@/lib/i18n/server"
import { residentPage } from "@/lib/pages"
import { BackLink } from "@/modules/common/back-link"
import { OrderDetails } from "@/modules/order/order-details"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ annullato?: string | string[] }> }

export const generateMetadata = titleMetadata("account.orders_title")

export default residentPage<Props>(async ({ params, searchParams }, { t, locale, customer }) => {
  const order = await retrieveOrder((await params).id)
  // Someone else's order answers exactly like a missing one.
  if (!order || order.customer_id !== customer.id) notFound()
  return (
    <>
      <BackLink href="/account">{t("account.back_to_orders")}</BackLink>
      <h1>{t("order.number", { display_id: order.display_id ?? "" })}</h1>
      <OrderDetails
        order={order}
        delivery={await retrieveOrderDelivery(order.id)}
        t={t}
        locale={locale}
        from="account"
        cancelled={Boolean((await searchParams).annullato)}
      />
    </>
  )
})
