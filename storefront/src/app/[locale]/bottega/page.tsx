import { listVendorOrders, listVendorProducts, vendorLogin } from "@/lib/data/bottega"
import { getT, titleMetadata } from "@/lib/i18n/server"
import { DashboardTemplate } from "@/modules/bottega/dashboard-template"
import { StatusTemplate } from "@/modules/bottega/status-template"
import { AuthPanel } from "@/modules/account/auth-panel"
import { LoginForm } from "@/modules/account/login-form"
import { loginVendor } from "@/lib/actions/vendor-auth"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("bottega.title")

/** La mia bottega: sign in, the application's status, or the shop's week at a glance. */
export default async function BottegaPage() {
  const { t, locale } = await getT()
  const { value: session, ended } = await vendorLogin()
  if (!session) {
    return (
      <AuthPanel
        t={t}
        eyebrow="bottega.login.eyebrow"
        title="bottega.title"
        intro="bottega.login.intro"
        loginEnded={ended}
        other={{ text: "bottega.login.no_shop", link: "bottega.login.apply_link", href: "/bottega/candidatura" }}
      >
        <LoginForm action={loginVendor} submit="bottega.login.submit" pending="bottega.login.pending" refreshVisitor forgotHref="/bottega/password-dimenticata" />
      </AuthPanel>
    )
  }
  if (session.vendor.status !== "approved") return <StatusTemplate session={session} t={t} />
  const [{ counts }, products] = await Promise.all([listVendorOrders(["to_prepare"], 1), listVendorProducts()])
  return <DashboardTemplate session={session} toPrepare={counts.to_prepare} products={products} t={t} locale={locale} />
}
