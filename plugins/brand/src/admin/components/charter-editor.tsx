import { Badge, Button, Heading, Input, Label, Text, Textarea } from "@medusajs/ui"
import { attemptAction } from "@rbv/kit/admin-ui"
import { useCallback, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { adminFetch, day } from "../lib/sdk"

type Criterion = { key: string; title: string; description?: string | null }
type Charter = { id: string; version: number; criteria: Criterion[]; notes: string | null; published_at: string | null }

/** The charter's versions; the draft (or a copy of the version in force) is edited here, then published. */
export const CharterEditor = () => {
  const { t } = useTranslation()
  const [charters, setCharters] = useState<Charter[]>([])
  const [rows, setRows] = useState<Criterion[]>([])
  const [notes, setNotes] = useState("")
  const load = useCallback(() => {
    adminFetch<{ charters: Charter[] }>("/admin/brand/charters").then((d) => {
      setCharters(d.charters)
      const base = d.charters[0]
      // the texts only: a criterion is its key (its row and translations follow the key)
      setRows(base ? base.criteria.map(({ key, title, description }) => ({ key, title, description })) : [{ key: "", title: "", description: "" }])
      setNotes(base?.published_at ? "" : (base?.notes ?? ""))
    })
  }, [])
  useEffect(load, [load])
  const draft = charters.find((c) => !c.published_at)
  const set = (i: number, field: keyof Criterion, value: string) => setRows(rows.map((r, j) => (j === i ? { ...r, [field]: value } : r)))
  const save = () =>
    attemptAction(() => adminFetch("/admin/brand/charters", { method: "POST", body: { criteria: rows, notes: notes || null } }), t("rbvBrand.charter.saved"), load)
  const publish = () =>
    draft &&
    window.confirm(t("rbvBrand.charter.publish_confirm", { version: draft.version })) &&
    attemptAction(() => adminFetch(`/admin/brand/charters/${draft.id}/publish`, { method: "POST" }), t("rbvBrand.charter.published", { version: draft.version }), load)

  return (
    <div className="flex flex-col gap-4 px-6 py-4">
      <div className="flex flex-wrap gap-2">
        {charters.map((c) => (
          <Badge key={c.id} color={c.published_at ? "green" : "orange"}>
            {c.published_at
              ? t("rbvBrand.charter.published_on", { version: c.version, date: day(c.published_at) })
              : t("rbvBrand.charter.draft_badge", { version: c.version })}
          </Badge>
        ))}
      </div>
      <Heading level="h2">{draft ? t("rbvBrand.charter.draft_title", { version: draft.version }) : t("rbvBrand.charter.new_title")}</Heading>
      {rows.map((r, i) => (
        <div key={i} className="grid grid-cols-3 gap-2">
          <div>
            <Label htmlFor={`key-${i}`}>{t("rbvBrand.charter.key")}</Label>
            <Input id={`key-${i}`} value={r.key} onChange={(e) => set(i, "key", e.target.value)} />
          </div>
          <div>
            <Label htmlFor={`title-${i}`}>{t("rbvBrand.charter.criterion")}</Label>
            <Input id={`title-${i}`} value={r.title} onChange={(e) => set(i, "title", e.target.value)} />
          </div>
          <div>
            <Label htmlFor={`desc-${i}`}>{t("rbvBrand.charter.description")}</Label>
            <Input id={`desc-${i}`} value={r.description ?? ""} onChange={(e) => set(i, "description", e.target.value)} />
          </div>
        </div>
      ))}
      <div className="flex gap-2">
        <Button variant="secondary" onClick={() => setRows([...rows, { key: "", title: "", description: "" }])}>
          {t("rbvBrand.charter.add")}
        </Button>
        {rows.length > 1 ? (
          <Button variant="secondary" onClick={() => setRows(rows.slice(0, -1))}>
            {t("rbvBrand.charter.remove_last")}
          </Button>
        ) : null}
      </div>
      <div>
        <Label htmlFor="charter-notes">{t("rbvBrand.charter.notes")}</Label>
        <Textarea id="charter-notes" value={notes} onChange={(e) => setNotes(e.target.value)} />
      </div>
      <div className="flex gap-2">
        <Button onClick={save}>{t("rbvBrand.charter.save")}</Button>
        <Button variant="danger" disabled={!draft} onClick={publish}>
          {t("rbvBrand.charter.publish")}
        </Button>
      </div>
      <Text size="small">{t("rbvBrand.charter.immutable")}</Text>
    </div>
  )
}
