import Link from "next/link"
import { redirect } from "next/navigation"
import { login } from "@/lib/actions/auth"
import { retrieveCustomer } from "@/lib/data/customer"
import { getT, titleMetadata } from "@/lib/i18n/server"
import { safeReturnPath } from "@/lib/util/return-path"
import { LoginForm } from "@/modules/account/login-form"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("account.login.title")

type Props = { searchParams: Promise<{ next?: string | string[] }> }

/** Signing in; `?next=` (a path of this site only) is where the resident goes back to, e.g. the link of a confirmation e-mail. */
export default async function LoginPage({ searchParams }: Props) {
  const { t } = await getT()
  const next = safeReturnPath((await searchParams).next)
  if (await retrieveCustomer()) redirect(next)
  return (
    <section className="narrow">
      <h1>{t("account.login.title")}</h1>
      <LoginForm action={login} submit="account.login.submit" next={next} />
      <p>
        {t("account.login.no_account")} <Link href="/account/registrazione">{t("account.login.register_link")}</Link>
      </p>
    </section>
  )
}
