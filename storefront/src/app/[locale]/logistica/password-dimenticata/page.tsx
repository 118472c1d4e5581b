import { requestVolunteerPasswordReset } from "@/lib/actions/logistics"
import { titleMetadata } from "@/lib/i18n/server"
import { ForgotPasswordPage, LOGISTICS_DOOR } from "@/modules/account/password-reset-pages"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("account.reset.title")

export default function VolunteerForgotPasswordPage() {
  return <ForgotPasswordPage door={LOGISTICS_DOOR} action={requestVolunteerPasswordReset} />
}
