import { requireApprovedVendor } from "@/lib/data/bottega"
import { getT, titleMetadata } from "@/lib/i18n/server"
import { ProfileTemplate } from "@/modules/bottega/profile-template"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("bottega.profile.title")

export default async function VendorProfilePage() {
  const { t, locale } = await getT()
  const session = await requireApprovedVendor()
  return <ProfileTemplate session={session} t={t} locale={locale} />
}
