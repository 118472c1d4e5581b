import { retrieveVendorSession } from "@/lib/data/bottega"
import { titleMetadata } from "@/lib/i18n/server"
import { guestPage } from "@/lib/pages"
import { AuthPanel } from "@/modules/account/auth-panel"
import { ApplicationForm } from "@/modules/bottega/application-form"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("bottega.apply.title")

export default guestPage(retrieveVendorSession, "/bottega", (_, { t }) => (
  <AuthPanel t={t} wide title="bottega.apply.title" intro="bottega.apply.intro" other={{ text: "bottega.apply.have_shop", link: "bottega.apply.login_link", href: "/bottega" }}>
    <ApplicationForm />
  </AuthPanel>
))
