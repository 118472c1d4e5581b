import type { VendorSession } from "@/lib/data/bottega"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { bpsToPercent } from "@/lib/util/bottega"
import { romeDay } from "@/lib/util/makers"
import { BottegaShell } from "./bottega-shell"
import { ProfileForm, type ProfileValues } from "./profile-form"

export function ProfileTemplate({ session, t, locale }: { session: VendorSession; t: Translate; locale: Locale }) {
  const { vendor } = session
  const profile: ProfileValues = {
    name: vendor.name,
    story: vendor.story ?? "",
    story_en: vendor.story_en ?? "",
    phone: vendor.phone ?? "",
    logo_url: vendor.logo_url ?? null,
    address_1: vendor.address_1 ?? "",
    postal_code: vendor.postal_code ?? "",
    lat: vendor.lat != null ? String(vendor.lat) : "",
    lng: vendor.lng != null ? String(vendor.lng) : "",
    closure_from: vendor.closure_from ? romeDay(vendor.closure_from) : "",
    closure_to: vendor.closure_to ? romeDay(vendor.closure_to) : "",
    closure_note: vendor.closure_note ?? "",
    mail_locale: vendor.mail_locale ?? "it",
  }
  return (
    <BottegaShell session={session} section="profile" title={t("bottega.profile.title")} t={t}>
      <p>{t("bottega.profile.commission", { rate: bpsToPercent(vendor.commission_rate_in_force_bps, locale === "it" ? "," : ".") })}</p>
      <ProfileForm profile={profile} />
    </BottegaShell>
  )
}
