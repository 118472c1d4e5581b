import type { Translate } from "@/lib/i18n/translate"

/** "Solo prodotti del marchio": a plain GET form, so it works without JavaScript. */
export function BrandFilter({ action, checked, t, hidden = {} }: { action: string; checked: boolean; t: Translate; hidden?: Record<string, string> }) {
  return (
    <form action={action} method="get" className="brand-filter">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label>
        <input type="checkbox" name="marchio" value="1" defaultChecked={checked} /> {t("charter.filter.label")}
      </label>
      <button type="submit" className="button">
        {t("charter.filter.apply")}
      </button>
    </form>
  )
}
