import { redirect } from "next/navigation"
import { loginVolunteer } from "@/lib/actions/logistics"
import { retrieveVolunteer } from "@/lib/data/logistics"
import { getT, titleMetadata } from "@/lib/i18n/server"
import { LoginForm } from "@/modules/account/login-form"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("logistics.login.title")

export default async function LogisticaLoginPage() {
  const { t } = await getT()
  if (await retrieveVolunteer()) redirect("/logistica")
  return (
    <section className="narrow">
      <p className="eyebrow">{t("logistics.eyebrow")}</p>
      <h1>{t("logistics.login.title")}</h1>
      <p>{t("logistics.login.intro")}</p>
      <LoginForm action={loginVolunteer} submit="logistics.login.submit" pending="logistics.login.pending" />
    </section>
  )
}
