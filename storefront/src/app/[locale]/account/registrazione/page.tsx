import { retrieveCustomer } from "@/lib/data/customer"
import { titleMetadata } from "@/lib/i18n/server"
import { guestPage } from "@/lib/pages"
import { AuthPanel } from "@/modules/account/auth-panel"
import { RegisterForm } from "@/modules/account/register-form"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("account.register.title")

export default guestPage(retrieveCustomer, "/account", (_, { t }) => (
  <AuthPanel t={t} title="account.register.title" other={{ text: "account.register.have_account", link: "account.register.login_link", href: "/account/accesso" }}>
    <RegisterForm />
  </AuthPanel>
))
