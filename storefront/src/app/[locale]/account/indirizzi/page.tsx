import { listBookAddresses } from "@/lib/data/addresses"
import { titleMetadata } from "@/lib/i18n/server"
import { residentPage } from "@/lib/pages"
import { addressLine } from "@/lib/util/saved-addresses"
import { BookAddressDefault } from "@/modules/account/book-address-default"
import { BookAddressDelete } from "@/modules/account/book-address-delete"
import { BookAddressForm } from "@/modules/account/book-address-form"
import { BackLink } from "@/modules/common/back-link"
import { RedirectNotice } from "@/modules/common/redirect-notice"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("account.addresses.title")

/** «I tuoi indirizzi»: the addresses the checkout offers her, the default one proposed first. */
type Props = { searchParams: Promise<{ eliminato?: string | string[] }> }

export default residentPage<Props>(async ({ searchParams }, { t }) => {
  const [addresses, { eliminato }] = await Promise.all([listBookAddresses(), searchParams])
  return (
    <>
      <BackLink href="/account">{t("account.back_to_orders")}</BackLink>
      <h1>{t("account.addresses.title")}</h1>
      <p>{t("account.addresses.intro")}</p>
      {eliminato === "1" ? <RedirectNotice params={["eliminato"]}>{t("account.addresses.done_delete")}</RedirectNotice> : null}
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
                  {a.is_default_shipping ? null : <BookAddressDefault addressId={a.id} name={name} />}
                  <details>
                    <summary>{t("account.addresses.edit_named", { name })}</summary>
                    <BookAddressForm saved={a} />
                  </details>
                  <BookAddressDelete addressId={a.id} name={name} isDefault={Boolean(a.is_default_shipping)} />
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
