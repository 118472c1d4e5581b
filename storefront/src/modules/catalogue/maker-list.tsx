import { Link } from "@/modules/common/link"
import type { Translate } from "@/lib/i18n/translate"
import { closureOn, type StoreVendor } from "@/lib/util/makers"

type MakerListProps = { makers: StoreVendor[]; t: Translate; headingLevel?: "h2" | "h3" }

/** Maker cards (name, craft, district, holiday badge), in the API's alphabetical order. */
export function MakerList({ makers, t, headingLevel: Heading = "h3" }: MakerListProps) {
  return (
    <ul className="maker-list">
      {makers.map((maker) => (
        <li key={maker.id} className="maker-card">
          <Heading className="maker-card__name">
            <Link href={`/artigiani/${encodeURIComponent(maker.handle)}`}>{maker.name}</Link>
          </Heading>
          {maker.craft ? <p className="maker-card__count">{maker.craft}</p> : null}
          {closureOn(maker) ? <p className="maker-card__badge">{t("makers.closed_badge")}</p> : null}
        </li>
      ))}
    </ul>
  )
}
