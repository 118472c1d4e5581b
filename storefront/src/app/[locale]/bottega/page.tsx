import Link from "next/link"
import { listVendorOrders, listVendorProducts, retrieveVendorSession } from "@/lib/data/bottega"
import { getT, titleMetadata } from "@/lib/i18n/server"
import { DashboardTemplate } from "@/modules/bottega/dashboard-template"
import { StatusTemplate } from "@/modules/bottega/status-template"
import { LoginForm } from "@/modules/account/login-form"
import { loginVendor } from "@/lib/actions/vendor-auth"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("bottega.title")

/** La mia bottega: sign in, the application's status, or the shop's week at a glance. */
export default async function BottegaPage() {
  const { t, locale } = await getT()
  const session = await retrieveVendorSession()
  if (!session) {
    return (
      <section className="narrow">
        <p className="eyebrow">{t("bottega.login.eyebrow")}</p>
        <h1>{t("bottega.title")}</h1>
        <p>{t("bottega.login.intro")}</p>
        <LoginForm action={loginVendor} submit="bottega.login.submit" pending="bottega.login.pending" refreshVisitor />
        <p>
          {t("bottega.login.no_shop")} <Link href="/bottega/candidatura">{t("bottega.login.apply_link")}</Link>
        </p>
      </section>
    )
  }
  if (session.vendor.status !== "approved") return <StatusTemplate session={session} t={t} />
  const [orders, products] = await Promise.all([listVendorOrders(), listVendorProducts()])
  return <DashboardTemplate session={session} orders={orders} products={products} t={t} locale={locale} />
}
