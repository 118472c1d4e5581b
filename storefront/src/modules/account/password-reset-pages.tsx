import { getT } from "@/lib/i18n/server"
import type { MessageKey } from "@/lib/i18n/translate"
import type { ServerAction } from "@/modules/common/action-form"
import { AuthPanel } from "./auth-panel"
import { ForgotPasswordForm } from "./forgot-password-form"
import { NewPasswordForm } from "./new-password-form"

/** One kind of login's door: its sign-in page, where a reset starts over, and its eyebrow. */
type Door = { login: string; forgot: string; eyebrow?: MessageKey }

/** "Forgot your password?": the e-mail a link goes to. */
export async function ForgotPasswordPage({ door, action }: { door: Door; action: ServerAction }) {
  const { t } = await getT()
  return (
    <AuthPanel t={t} eyebrow={door.eyebrow} title="account.reset.title" intro="account.reset.intro" other={{ text: "account.reset.remembered", link: "account.reset.login_link", href: door.login }}>
      <ForgotPasswordForm action={action} />
    </AuthPanel>
  )
}

/** Where a reset link lands: the new password for the link's token, or the way to ask for a link again. */
export async function NewPasswordPage({ door, action, searchParams }: { door: Door; action: ServerAction; searchParams: Promise<{ token?: string | string[] }> }) {
  const { t } = await getT()
  const raw = (await searchParams).token
  const token = typeof raw === "string" ? raw : ""
  return (
    <AuthPanel t={t} eyebrow={door.eyebrow} title="account.reset.new_title" intro={token ? "account.reset.new_intro" : undefined} other={{ text: "account.reset.expired", link: "account.reset.ask_again", href: door.forgot }}>
      {token ? <NewPasswordForm token={token} action={action} /> : <p className="notice notice--error">{t("account.reset.link_invalid")}</p>}
    </AuthPanel>
  )
}

export const RESIDENT_DOOR: Door = { login: "/account/accesso", forgot: "/account/password-dimenticata" }
export const WORKSHOP_DOOR: Door = { login: "/bottega", forgot: "/bottega/password-dimenticata", eyebrow: "bottega.login.eyebrow" }
export const LOGISTICS_DOOR: Door = { login: "/logistica/accesso", forgot: "/logistica/password-dimenticata", eyebrow: "logistics.eyebrow" }
