import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { retrieveCustomer } from "@/lib/data/customer"
import { getT } from "@/lib/i18n/server"
import { LoginForm } from "@/modules/account/login-form"

export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT()
  return { title: t("account.login.title") }
}

export default async function LoginPage() {
  const { t } = await getT()
  if (await retrieveCustomer()) redirect("/account")
  return (
    <section className="narrow">
      <h1>{t("account.login.title")}</h1>
      <LoginForm />
      <p>
        {t("account.login.no_account")} <Link href="/account/registrazione">{t("account.login.register_link")}</Link>
      </p>
    </section>
  )
}
