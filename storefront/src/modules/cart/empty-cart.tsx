import type { MessageKey, Translate } from "@/lib/i18n/translate"
import { ButtonLink } from "@/modules/common/button-link"

/** What the cart and the checkout show when there is nothing to buy yet. */
export function EmptyCart({ t, title, message }: { t: Translate; title: MessageKey; message: MessageKey }) {
  return (
    <>
      <h1>{t(title)}</h1>
      <p>{t(message)}</p>
      <p>
        <ButtonLink href="/" variant="primary">{t("cart.continue")}</ButtonLink>
      </p>
    </>
  )
}
