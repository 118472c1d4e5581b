import { changePassword } from "@/lib/actions/auth"
import { titleMetadata } from "@/lib/i18n/server"
import { residentPage } from "@/lib/pages"
import { ChangePasswordForm } from "@/modules/account/change-password-form"
import { BackLink } from "@/modules/common/back-link"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("account.change.title")

export default residentPage(async (_, { t }) => (
  <>
    <BackLink href="/account">{t("account.back_to_orders")}</BackLink>
    <h1>{t("account.change.title")}</h1>
    <p>{t("account.change.intro")}</p>
    <ChangePasswordForm action={changePassword} />
  </>
))
