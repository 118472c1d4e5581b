import { notFound } from "next/navigation"
import { visitorCartCount } from "@/lib/data/cart"
import { retrieveOrderDelivery } from "@/lib/data/delivery"
import { retrieveOrder } from "@/lib/data/orders"
import { getT, titleMetadata } from "@/lib/i18n/server"
import { ButtonLink } from "@/modules/common/button-link"
import { OrderDetails } from "@/modules/order/order-details"
import { VisitorCartCount } from "@/modules/visitor/visitor-links"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ annullato?: string | string[] }> }

export const generateMetadata = titleMetadata("order.confirmation_title")

export default async function OrderConfirmationPage({ params, searchParams }: Props) {
  const { id } = await params
  const { t, locale } = await getT()
  const [order, cartCount] = await Promise.all([retrieveOrder(id), visitorCartCount()])
  if (!order) notFound()
  return (
    <>
      <VisitorCartCount count={cartCount} />
      <header className="page-header confirmation">
        <h1>{t(order.status === "canceled" ? "order.cancelled_title" : "order.confirmation_title")}</h1>
        <p className="order-number">{t("order.number", { display_id: order.display_id ?? "" })}</p>
        {order.status === "canceled" ? null : <p>{t("order.keep_number")}</p>}
      </header>
      <OrderDetails
        order={order}
        delivery={await retrieveOrderDelivery(order.id)}
        t={t}
        locale={locale}
        from="confirmation"
        cancelled={Boolean((await searchParams).annullato)}
      />
      <p>
        <ButtonLink href="/" variant="primary">{t("order.back_home")}</ButtonLink>
      </p>
    </>
  )
}
