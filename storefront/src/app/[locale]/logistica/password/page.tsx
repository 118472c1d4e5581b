import { changeVolunteerPassword } from "@/lib/actions/logistics"
import { titleMetadata } from "@/lib/i18n/server"
import { volunteerPage } from "@/lib/pages"
import { ChangePasswordForm } from "@/modules/account/change-password-form"
import { LogisticsShell } from "@/modules/logistics/logistics-shell"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("account.change.title")

export default volunteerPage(async (_, { t, volunteer }) => (
  <LogisticsShell volunteer={volunteer} title={t("account.change.title")} t={t} back={{ href: "/logistica", label: t("logistics.back_to_rounds") }}>
    <p>{t("account.change.intro")}</p>
    <ChangePasswordForm action={changeVolunteerPassword} />
  </LogisticsShell>
))
