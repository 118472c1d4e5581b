import type { Translate } from "@/lib/i18n/translate"
import type { StoreVendor } from "@/lib/util/makers"
import { MakerList } from "./maker-list"

export function MakersTemplate({ makers, t }: { makers: StoreVendor[]; t: Translate }) {
  return (
    <>
      <header className="page-header">
        <h1>{t("makers.title")}</h1>
        <p>{t("makers.intro")}</p>
      </header>
      {makers.length ? <MakerList makers={makers} t={t} headingLevel="h2" /> : <p>{t("makers.empty")}</p>}
    </>
  )
}
