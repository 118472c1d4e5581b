import { requestPasswordReset } from "@/lib/actions/auth"
import { titleMetadata } from "@/lib/i18n/server"
import { ForgotPasswordPage, RESIDENT_DOOR } from "@/modules/account/password-reset-pages"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("account.reset.title")

export default function ResidentForgotPasswordPage() {
  return <ForgotPasswordPage door={RESIDENT_DOOR} action={requestPasswordReset} />
}
