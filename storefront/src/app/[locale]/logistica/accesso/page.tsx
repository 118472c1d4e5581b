import { loginVolunteer } from "@/lib/actions/logistics"
import { retrieveVolunteer, volunteerLogin } from "@/lib/data/logistics"
import { titleMetadata } from "@/lib/i18n/server"
import { guestPage } from "@/lib/pages"
import { AuthPanel } from "@/modules/account/auth-panel"
import { LoginForm } from "@/modules/account/login-form"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("logistics.login.title")

export default guestPage(retrieveVolunteer, "/logistica", async (_, { t }) => (
  <AuthPanel
    t={t}
    eyebrow="logistics.eyebrow"
    title="logistics.login.title"
    intro="logistics.login.intro"
    loginEnded={(await volunteerLogin()).ended}
  >
    <LoginForm action={loginVolunteer} submit="logistics.login.submit" pending="logistics.login.pending" forgotHref="/logistica/password-dimenticata" />
  </AuthPanel>
))
