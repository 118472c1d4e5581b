import { Link } from "@/modules/common/link"
import { notFound } from "next/navigation"
import { retrieveBasketPlacement } from "@/lib/data/baskets"
import { titleMetadata } from "@/lib/i18n/server"
import { residentPage } from "@/lib/pages"
import { formatDateTime, formatSlot } from "@/lib/util/dates"
import { formatMoney } from "@/lib/util/money"
import { BasketConfirmPayment } from "@/modules/account/basket-confirm-payment"
import { cardOffer, STRIPE_PROVIDER } from "@/modules/checkout/card-offer"
import { LeftOut } from "@/modules/account/basket-left-out"
import { BackLink } from "@/modules/common/back-link"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ id: string }> }

export const generateMetadata = titleMetadata("basket.confirm_title")

/**
 * The link of the e-mail «conferma il pagamento»: a weekly basket whose saved card's bank asked for
 * the resident (3-D Secure). They confirm with Stripe.js here until the round's cutoff; the order
 * is then placed. Someone else's placement answers as a missing one.
 */
export default residentPage<Props>(async ({ params }, { t, locale }) => {
  const placement = await retrieveBasketPlacement((await params).id)
  if (!placement) notFound()
  const card = placement.card?.last4 ? `${(placement.card.brand ?? "").toUpperCase()} •••• ${placement.card.last4}`.trim() : ""
  const slot = placement.round ? formatSlot(placement.round.starts_at, placement.round.ends_at, locale) : ""
  const offer = cardOffer({ providerIds: [STRIPE_PROVIDER], publishableKey: process.env.STRIPE_PUBLISHABLE_KEY, scriptUrl: process.env.STRIPE_JS_URL })
  const canConfirm = placement.can_confirm && offer.available && placement.payment?.client_secret && placement.payment_method_id
  return (
    <>
      <BackLink href="/account/spesa-fissa">{t("basket.confirm_back")}</BackLink>
      <header className="page-header">
        <h1>{t("basket.confirm_title")}</h1>
      </header>
      {canConfirm ? (
        <section className="section">
          <p>{t("basket.confirm_intro", { card, slot, when: placement.round ? formatDateTime(placement.round.cutoff_at, locale) : "" })}</p>
          <p>{t("basket.confirm_amount", { amount: formatMoney(placement.payment!.amount, placement.payment!.currency_code, locale) })}</p>
          <h2>{t("basket.confirm_lines")}</h2>
          <ul>
            {placement.placed.map((l) => (
              <li key={l.variant_id}>
                {l.quantity} × {l.title}
              </li>
            ))}
          </ul>
          <LeftOut lines={placement.left_out} t={t} className="muted" />
          <BasketConfirmPayment
            placementId={placement.id}
            clientSecret={placement.payment!.client_secret!}
            paymentMethodId={placement.payment_method_id!}
            publishableKey={(offer as { publishableKey: string }).publishableKey}
            scriptUrl={(offer as { scriptUrl: string }).scriptUrl}
          />
        </section>
      ) : placement.status === "placed" && placement.order_id ? (
        <p className="notice notice--ok" role="status">
          {t("basket.confirm_not_waiting_placed")} <Link href={`/account/ordini/${placement.order_id}`}>{t("basket.confirm_order")}</Link>
        </p>
      ) : (
        <div className="notice notice--warning" role="status">
          <p>{t("basket.confirm_not_waiting")}</p>
          {/* Released (the cutoff passed, the round refused it, or the card was removed): what was not ordered, and why. */}
          <LeftOut lines={placement.left_out} t={t} />
        </div>
      )}
    </>
  )
}, async ({ params }) => `/account/spesa-fissa/conferma/${(await params).id}`)
