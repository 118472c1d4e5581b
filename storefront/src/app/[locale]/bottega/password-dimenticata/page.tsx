import { requestVendorPasswordReset } from "@/lib/actions/vendor-auth"
import { titleMetadata } from "@/lib/i18n/server"
import { ForgotPasswordPage, WORKSHOP_DOOR } from "@/modules/account/password-reset-pages"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("account.reset.title")

export default function WorkshopForgotPasswordPage() {
  return <ForgotPasswordPage door={WORKSHOP_DOOR} action={requestVendorPasswordReset} />
}
