import { logoutVendor } from "@/lib/actions/vendor-auth"
import type { VendorSession } from "@/lib/data/bottega"
import type { Translate } from "@/lib/i18n/translate"
import { SubmitButton } from "@/modules/common/submit-button"

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
