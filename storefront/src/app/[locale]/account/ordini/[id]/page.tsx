import Link from "next/link"
import { notFound, redirect } from "next/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { retrieveOrderDelivery } from "@/lib/data/delivery"
import { retrieveOrder } from "@/lib/data/orders"
import { getT, titleMetadata } from "@/lib/i18n/server"
import { OrderDetails } from "@/modules/order/order-details"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ id: string }> }

export const generateMetadata = titleMetadata("account.orders_title")

export default async function AccountOrderPage({ params }: Props) {
  const { id } = await params
  const { t, locale } = await getT()
  const customer = await retrieveCustomer()
  if (!customer) redirect("/account/accesso")
  const order = await retrieveOrder(id)
  // Someone else's order answers exactly like a missing one.
  if (!order || order.customer_id !== customer.id) notFound()
  return (
    <>
      <p>
        <Link href="/account">{t("account.back_to_orders")}</Link>
      </p>
      <h1>{t("order.number", { display_id: order.display_id ?? "" })}</h1>
      <OrderDetails order={order} delivery={await retrieveOrderDelivery(order.id)} t={t} locale={locale} />
    </>
  )
}
