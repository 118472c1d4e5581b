import { logoutVendor } from "@/lib/actions/vendor-auth"
import type { VendorSession } from "@/lib/data/bottega"
import type { Translate } from "@/lib/i18n/translate"
import { Figure } from "@/modules/common/figure"
import { SubmitButton } from "@/modules/common/submit-button"

/** What the applicant sent, as the coordinators read it (she can check it while she waits). */
function Application({ session, t }: { session: VendorSession; t: Translate }) {
  const { vendor, member } = session
  const address = [vendor.address_1, [vendor.postal_code, vendor.city].filter(Boolean).join(" ")].filter(Boolean).join(", ")
  const rows: [string, string | null | undefined][] = [
    [t("bottega.fields.name"), vendor.name],
    [t("bottega.fields.handle"), `/artigiani/${vendor.handle}`],
    [t("bottega.fields.craft"), vendor.craft],
    [t("bottega.fields.story"), vendor.story],
    [t("checkout.address.address_1"), address],
    [t("checkout.address.phone"), vendor.phone],
    [t("bottega.status.applicant"), [member.first_name, member.last_name].filter(Boolean).join(" ") || null],
    [t("checkout.email.label"), member.email],
  ]
  return (
    <section aria-labelledby="application-title" className="application-summary">
      <h2 id="application-title">{t("bottega.status.application_title")}</h2>
      <dl className="definition-list">
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <Figure key={label} label={label}>
              {value}
            </Figure>
          ))}
      </dl>
    </section>
  )
}

/** A shop that cannot sell (yet): pending application, rejected or suspended, with the reason. */
export function StatusTemplate({ session, t }: { session: VendorSession; t: Translate }) {
  const { vendor } = session
  const pending = vendor.status === "pending"
  return (
    <section className="message-page">
      <p className="eyebrow">{t("bottega.eyebrow", { shop: vendor.name })}</p>
      <h1>{pending ? t("bottega.status.pending_title") : vendor.status === "rejected" ? t("bottega.status.rejected_title") : t("bottega.status.suspended_title")}</h1>
      {pending ? (
        <>
          <p>{t("bottega.status.pending_text")}</p>
          <p>{t("bottega.status.pending_next")}</p>
          <Application session={session} t={t} />
        </>
      ) : (
        <>
          <p>{vendor.status === "rejected" ? t("bottega.status.rejected_text") : t("bottega.status.suspended_text")}</p>
          {vendor.status_reason ? (
            <div className="notice notice--warning">
              <p className="notice__title">{t("bottega.status.reason")}</p>
              <p>{vendor.status_reason}</p>
            </div>
          ) : null}
          <p>{t("bottega.status.contact")}</p>
        </>
      )}
      <form action={logoutVendor}>
        <SubmitButton variant="secondary">{t("bottega.logout")}</SubmitButton>
      </form>
    </section>
  )
}
