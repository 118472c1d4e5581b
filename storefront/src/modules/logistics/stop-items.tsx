import { itemsByMaker } from "./run"
import type { StopItem } from "./types"

/** A stop's items, grouped under each maker's name. */
export function StopItems({ items }: { items: StopItem[] }) {
  return (
    <dl className="stop-items">
      {itemsByMaker(items).map((group) => (
        <div key={group.maker_name}>
          {/* An order not yet split per maker has no maker name: its items are listed alone. */}
          {group.maker_name ? <dt>{group.maker_name}</dt> : null}
          {group.items.map((item, index) => (
            <dd key={`${item.title}-${index}`}>
              {item.quantity} × {item.title}
            </dd>
          ))}
        </div>
      ))}
    </dl>
  )
}
