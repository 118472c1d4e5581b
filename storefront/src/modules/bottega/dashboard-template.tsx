import { Link } from "@/modules/common/link"
import type { VendorProduct, VendorSession } from "@/lib/data/bottega"
import type { Translate } from "@/lib/i18n/translate"
import { closureOn } from "@/lib/util/makers"
import { formatDate } from "@/lib/util/dates"
import type { Locale } from "@/lib/i18n/translate"
import { ButtonLink } from "@/modules/common/button-link"
import { BottegaShell } from "./bottega-shell"

type DashboardProps = { session: VendorSession; toPrepare: number; products: VendorProduct[]; t: Translate; locale: Locale }

export function DashboardTemplate({ session, toPrepare, products, t, locale }: DashboardProps) {
  const drafts = products.filter((p) => p.status === "draft").length
  const closure = closureOn({
    closure_from: session.vendor.closure_from ?? null,
    closure_to: session.vendor.closure_to ?? null,
    closure_note: session.vendor.closure_note ?? null,
  })
  const name = session.member.first_name || session.member.email
  return (
    <BottegaShell session={session} section="home" title={t("bottega.title")} t={t}>
      <p>{t("bottega.dashboard.greeting", { name })}</p>
      {closure ? <p className="notice notice--warning">{t("maker.closed_until", { date: formatDate(closure.until, locale) })}</p> : null}
      <ul className="dashboard-tiles">
        <li className="dashboard-tile">
          <h2>{t("bottega.dashboard.orders_title")}</h2>
          <p className="dashboard-tile__number">
            {t("bottega.dashboard.to_prepare", { count: toPrepare })}
          </p>
          <ButtonLink href="/bottega/ordini" variant="primary" size="block">{t("bottega.dashboard.see_orders")}</ButtonLink>
        </li>
        <li className="dashboard-tile">
          <h2>{t("bottega.dashboard.products_title")}</h2>
          <p className="dashboard-tile__number">
            {t("bottega.dashboard.products_count", { count: products.length, drafts })}
          </p>
          <ButtonLink href="/bottega/prodotti/nuovo" variant="primary" size="block">{t("bottega.products.new")}</ButtonLink>
          <ButtonLink href="/bottega/prodotti" variant="secondary" size="block">{t("bottega.dashboard.see_products")}</ButtonLink>
        </li>
        <li className="dashboard-tile">
          <h2>{t("bottega.dashboard.shop_title")}</h2>
          <p>
            <Link href={`/artigiani/${session.vendor.handle}`}>{t("bottega.dashboard.public_page")}</Link>
          </p>
          <p>
            <Link href="/bottega/profilo">{t("bottega.nav.profile")}</Link> · <Link href="/bottega/estratto-conto">{t("bottega.nav.statement")}</Link> ·{" "}
            <Link href="/bottega/membri">{t("bottega.nav.members")}</Link>
          </p>
        </li>
      </ul>
    </BottegaShell>
  )
}
