import { listBookAddresses } from "@/lib/data/addresses"
import { titleMetadata } from "@/lib/i18n/server"
import { residentPage } from "@/lib/pages"
import { addressLine } from "@/lib/util/saved-addresses"
import { BookAddressButton } from "@/modules/account/book-address-button"
import { BookAddressForm } from "@/modules/account/book-address-form"
import { BackLink } from "@/modules/common/back-link"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("account.addresses.title")

/** «I tuoi indirizzi»: the addresses the checkout offers her, the default one proposed first. */
export default residentPage(async (_, { t }) => {
  const addresses = await listBookAddresses()
  return (
    <>
      <BackLink href="/account">{t("account.back_to_orders")}</BackLink>
      <h1>{t("account.addresses.title")}</h1>
      <p>{t("account.addresses.intro")}</p>
      {addresses.length ? (
        <ul className="address-book">
          {addresses.map((a) => {
            const name = a.address_name || addressLine(a)
            return (
              <li key={a.id} className="address-book__entry">
                <article aria-labelledby={`address-${a.id}`}>
                  <h2 id={`address-${a.id}`} className="address-book__name">
                    {name}
                    {a.is_default_shipping ? (
                      <>
                        {" "}
                        <span className="badge">{t("account.addresses.default")}</span>
                      </>
                    ) : null}
                  </h2>
                  <p>
                    {a.first_name} {a.last_name}
                    <br />
                    {addressLine(a)} {a.province ? `(${a.province})` : null}
                    <br />
                    {a.phone}
                  </p>
                  <div className="address-book__actions">
                    {a.is_default_shipping ? null : (
                      <BookAddressButton addressId={a.id} act="default" text={t("account.addresses.make_default_button")} label={t("account.addresses.make_default_named", { name })} />
                    )}
                    <BookAddressButton addressId={a.id} act="delete" text={t("account.addresses.delete")} label={t("account.addresses.delete_named", { name })} />
                  </div>
                  <details>
                    <summary>{t("account.addresses.edit_named", { name })}</summary>
                    <BookAddressForm saved={a} />
                  </details>
                </article>
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="muted">{t("account.addresses.none")}</p>
      )}
      <section aria-labelledby="add-address" className="section">
        <h2 id="add-address">{t("account.addresses.add_title")}</h2>
        <BookAddressForm first={!addresses.length} />
      </section>
    </>
  )
})
