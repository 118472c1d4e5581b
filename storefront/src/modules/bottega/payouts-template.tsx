import type { VendorSession } from "@/lib/data/bottega"
import type { Payout, PayoutItem, VendorPayouts } from "@/lib/data/payouts"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { centsToEuro } from "@/lib/util/bottega"
import { formatDate } from "@/lib/util/dates"
import { formatMoney } from "@/lib/util/money"
import { DataTable } from "@/modules/common/data-table"
import { Figure } from "@/modules/common/figure"
import { BottegaShell } from "./bottega-shell"
import { PaymentsBankForm } from "./payments-bank-form"
import { PaymentsConnectForm } from "./payments-connect-form"

type PayoutsTemplateProps = { session: VendorSession; data: VendorPayouts; returnedFromStripe: boolean; t: Translate; locale: Locale }

/** La mia bottega → Pagamenti: how the shop is paid, what is coming, every payout and its orders. */
export function PayoutsTemplate({ session, data, returnedFromStripe, t, locale }: PayoutsTemplateProps) {
  const euro = (cents: number) => formatMoney(centsToEuro(cents), "eur", locale)
  const owner = session.member.role === "owner"
  const { account, balance } = data
  const itemLabel = (item: PayoutItem) =>
    item.kind === "carry"
      ? t("payments.list.carry")
      : t(item.kind === "refund" ? "payments.list.refund" : "payments.list.order", { number: item.parent_display_id ?? item.display_id ?? "—" })

  return (
    <BottegaShell session={session} section="payments" title={t("payments.title")} t={t}>
      <p>{t("payments.intro")}</p>

      <section aria-labelledby="balance-title" className="section">
        <h2 id="balance-title">{t("payments.balance.title")}</h2>
        {balance.pending || balance.owed ? (
          <dl className="statement-totals">
            <Figure label={t("payments.balance.pending")}>{euro(balance.pending)}</Figure>
            {balance.owed ? (
              <Figure label={t("payments.balance.owed")}>{euro(balance.owed)}</Figure>
            ) : null}
          </dl>
        ) : (
          <p>{t("payments.balance.none")}</p>
        )}
      </section>

      <section aria-labelledby="stripe-title" className="section">
        <h2 id="stripe-title">{t("payments.stripe.title")}</h2>
        {returnedFromStripe ? <p role="status">{t("payments.stripe.returned")}</p> : null}
        {!account.stripe_available ? (
          <p>{t("payments.stripe.unavailable")}</p>
        ) : (
          <>
            <p data-testid="stripe-status">{t(`payments.stripe.${account.stripe_status}`)}</p>
            {account.requirements_due.length ? <p>{t("payments.stripe.needs", { items: account.requirements_due.join(", ") })}</p> : null}
            {account.stripe_status !== "enabled" ? (
              owner ? <PaymentsConnectForm resume={account.stripe_status !== "none"} /> : <p>{t("payments.stripe.owner_only")}</p>
            ) : null}
          </>
        )}
      </section>

      <section aria-labelledby="bank-title" className="section">
        <h2 id="bank-title">{t("payments.bank.title")}</h2>
        <p>{account.iban_last4 ? t("payments.bank.current", { last4: account.iban_last4, holder: account.account_holder ?? "" }) : t("payments.bank.missing")}</p>
        {owner ? <PaymentsBankForm holder={account.account_holder} /> : <p>{t("payments.stripe.owner_only")}</p>}
      </section>

      <section aria-labelledby="payouts-title" className="section">
        <h2 id="payouts-title">{t("payments.list.title")}</h2>
        {data.payouts.length ? (
          <DataTable
            scroll
            className="orders-table"
            rows={data.payouts}
            rowKey={(payout) => payout.id}
            columns={[
              { header: t("payments.list.date"), names: true, cell: (payout: Payout) => formatDate(payout.paid_at ?? payout.created_at, locale) },
              { header: t("payments.list.amount"), cell: (payout) => euro(payout.amount) },
              { header: t("payments.list.method"), cell: (payout) => t(`payments.method.${payout.method}`) },
              { header: t("payments.list.status"), cell: (payout) => t(`payments.status.${payout.status}`) },
              {
                header: t("payments.list.orders"),
                cell: (payout) => (
                  <ul className="plain-list">
                    {payout.items.map((item) => (
                      <li key={item.id}>
                        {itemLabel(item)}: {euro(item.net)}
                        {item.kind === "sale" ? (
                          <span className="field__hint">
                            {" "}
                            ({t("payments.list.breakdown", { gross: euro(item.gross), commission: euro(item.commission), fund: euro(item.fund_share), net: euro(item.net) })})
                          </span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
        ) : (
          <p>{t("payments.list.empty")}</p>
        )}
      </section>
    </BottegaShell>
  )
}
