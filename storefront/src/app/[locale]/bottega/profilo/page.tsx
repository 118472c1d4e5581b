import { titleMetadata } from "@/lib/i18n/server"
import { artisanPage } from "@/lib/pages"
import { ProfileTemplate } from "@/modules/bottega/profile-template"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("bottega.profile.title")

export default artisanPage(async (_, { t, locale, session }) => {
  return <ProfileTemplate session={session} t={t} locale={locale} />
})
