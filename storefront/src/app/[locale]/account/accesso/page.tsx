import { redirect } from "next/navigation"
import { login } from "@/lib/actions/auth"
import { customerLogin } from "@/lib/data/customer"
import { getT, titleMetadata } from "@/lib/i18n/server"
import { safeReturnPath } from "@/lib/util/return-path"
import { AuthPanel } from "@/modules/account/auth-panel"
import { LoginForm } from "@/modules/account/login-form"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("account.login.title")

type Props = { searchParams: Promise<{ next?: string | string[] }> }

/** Signing in; `?next=` (a path of this site only) is where the resident goes back to, e.g. the link of a confirmation e-mail. */
export default async function LoginPage({ searchParams }: Props) {
  const { t } = await getT()
  const next = safeReturnPath((await searchParams).next)
  const { value: customer, ended } = await customerLogin()
  if (customer) redirect(next)
  return (
    <AuthPanel t={t} title="account.login.title" loginEnded={ended} other={{ text: "account.login.no_account", link: "account.login.register_link", href: "/account/registrazione" }}>
      <LoginForm action={login} submit="account.login.submit" next={next} forgotHref="/account/password-dimenticata" />
    </AuthPanel>
  )
}
