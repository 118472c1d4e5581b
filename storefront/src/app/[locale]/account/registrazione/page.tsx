import Link from "next/link"
import { redirect } from "next/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { getT, titleMetadata } from "@/lib/i18n/server"
import { RegisterForm } from "@/modules/account/register-form"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("account.register.title")

export default async function RegisterPage() {
  const { t } = await getT()
  if (await retrieveCustomer()) redirect("/account")
  return (
    <section className="narrow">
      <h1>{t("account.register.title")}</h1>
      <RegisterForm />
      <p>
        {t("account.register.have_account")} <Link href="/account/accesso">{t("account.register.login_link")}</Link>
      </p>
    </section>
  )
}
