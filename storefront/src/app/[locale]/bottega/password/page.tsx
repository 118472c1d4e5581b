import { changeVendorPassword } from "@/lib/actions/vendor-auth"
import { titleMetadata } from "@/lib/i18n/server"
import { artisanPage } from "@/lib/pages"
import { ChangePasswordForm } from "@/modules/account/change-password-form"
import { BottegaShell } from "@/modules/bottega/bottega-shell"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("account.change.title")

export default artisanPage(async (_, { t, session }) => (
  <BottegaShell session={session} section="profile" title={t("account.change.title")} t={t}>
    <p>{t("account.change.intro")}</p>
    <ChangePasswordForm action={changeVendorPassword} />
  </BottegaShell>
))
