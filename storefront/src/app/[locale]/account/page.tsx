import { Link } from "@/modules/common/link"
import { logout } from "@/lib/actions/auth"
import { listCustomerDeliveries } from "@/lib/data/delivery"
import { listCustomerOrders } from "@/lib/data/orders"
import { titleMetadata } from "@/lib/i18n/server"
import { residentPage } from "@/lib/pages"
import { formatDate } from "@/lib/util/dates"
import { formatMoney } from "@/lib/util/money"
import { deliveryPlaceText, deliveryStatusText } from "@/modules/order/order-delivery"
import { orderStatusLabel } from "@/modules/order/order-details"
import { DataTable } from "@/modules/common/data-table"
import { SubmitButton } from "@/modules/common/submit-button"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("account.title")

export default residentPage(async (_, { t, locale, customer }) => {
  const [orders, deliveries] = await Promise.all([listCustomerOrders(), listCustomerDeliveries()])
  return (
    <>
      <header className="page-header">
        <h1>{t("account.title")}</h1>
        <p>{t("account.greeting", { name: customer.first_name || customer.email })}</p>
        <p className="muted">{t("account.email_label", { email: customer.email })}</p>
        <p>
          <Link href="/account/spesa-fissa">{t("account.baskets_link")}</Link>
        </p>
        <p>
          <Link href="/account/indirizzi">{t("account.addresses_link")}</Link>
        </p>
        <p>
          <Link href="/account/password">{t("account.change.link")}</Link>
        </p>
        <form action={logout}>
          <SubmitButton variant="secondary">{t("account.logout")}</SubmitButton>
        </form>
      </header>
      <section aria-labelledby="orders-title" className="section">
        <h2 id="orders-title">{t("account.orders_title")}</h2>
        {orders.length ? (
          <DataTable
            scroll
            className="orders-table"
            rows={orders}
            rowKey={(order) => order.id}
            columns={[
              {
                header: t("account.order_number"),
                names: true,
                cell: (order) => (
                  <>
                    <Link href={`/account/ordini/${order.id}`}>{t("account.order_row", { display_id: order.display_id ?? "" })}</Link>
                    <span className="orders-table__detail muted">{formatDate(order.created_at, locale)}</span>
                  </>
                ),
              },
              {
                header: t("account.order_delivery"),
                cell: (order) => {
                  const delivery = deliveries.get(order.id)
                  return delivery ? (
                    <>
                      {deliveryPlaceText(delivery, t, locale)}
                      <span className="orders-table__detail">{deliveryStatusText(delivery, t, locale)}</span>
                    </>
                  ) : (
                    orderStatusLabel(order.status, t)
                  )
                },
              },
              {
                header: t("account.order_total"),
                className: "orders-table__amount",
                // A cancelled order is not paid: its amount is shown struck out, and said.
                cell: (order) =>
                  order.status === "canceled" ? (
                    <>
                      <del>{formatMoney(order.total, order.currency_code, locale)}</del>
                      <span className="orders-table__detail">{t("order.status.canceled")}</span>
                    </>
                  ) : (
                    formatMoney(order.total, order.currency_code, locale)
                  ),
              },
            ]}
          />
        ) : (
          <p>{t("account.no_orders")}</p>
        )}
      </section>
    </>
  )
})
