import { Badge, Button, Heading, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { adminFetch, attemptAction, day } from "../lib/admin-fetch"

type Criterion = { key: string; title: string; description?: string | null }
type Charter = { id: string; version: number; criteria: Criterion[]; notes: string | null; published_at: string | null }

/** The charter's versions; the draft (or a copy of the version in force) is edited here, then published. */
export const CharterEditor = () => {
  const [charters, setCharters] = useState<Charter[]>([])
  const [rows, setRows] = useState<Criterion[]>([])
  const [notes, setNotes] = useState("")
  const load = useCallback(() => {
    adminFetch<{ charters: Charter[] }>("/admin/brand/charters").then((d) => {
      setCharters(d.charters)
      const base = d.charters[0]
      setRows(base ? base.criteria.map((c) => ({ ...c })) : [{ key: "", title: "", description: "" }])
      setNotes(base?.published_at ? "" : (base?.notes ?? ""))
    })
  }, [])
  useEffect(load, [load])
  const draft = charters.find((c) => !c.published_at)
  const set = (i: number, field: keyof Criterion, value: string) => setRows(rows.map((r, j) => (j === i ? { ...r, [field]: value } : r)))
  const save = () =>
    attemptAction(() => adminFetch("/admin/brand/charters", { method: "POST", body: { criteria: rows, notes: notes || null } }), "Bozza salvata", toast, load)
  const publish = () =>
    draft &&
    window.confirm(`Pubblicare la versione ${draft.version}? Le botteghe certificate dovranno rinnovare l'adesione.`) &&
    attemptAction(() => adminFetch(`/admin/brand/charters/${draft.id}/publish`, { method: "POST" }), `Versione ${draft.version} pubblicata`, toast, load)

  return (
    <div className="flex flex-col gap-4 px-6 py-4">
      <div className="flex flex-wrap gap-2">
        {charters.map((c) => (
          <Badge key={c.id} color={c.published_at ? "green" : "orange"}>
            v{c.version} {c.published_at ? `pubblicata il ${day(c.published_at)}` : "bozza"}
          </Badge>
        ))}
      </div>
      <Heading level="h2">{draft ? `Bozza della versione ${draft.version}` : "Nuova versione (parte da quella in vigore)"}</Heading>
      {rows.map((r, i) => (
        <div key={i} className="grid grid-cols-3 gap-2">
          <div>
            <Label htmlFor={`key-${i}`}>Codice</Label>
            <Input id={`key-${i}`} value={r.key} onChange={(e) => set(i, "key", e.target.value)} />
          </div>
          <div>
            <Label htmlFor={`title-${i}`}>Criterio</Label>
            <Input id={`title-${i}`} value={r.title} onChange={(e) => set(i, "title", e.target.value)} />
          </div>
          <div>
            <Label htmlFor={`desc-${i}`}>Descrizione</Label>
            <Input id={`desc-${i}`} value={r.description ?? ""} onChange={(e) => set(i, "description", e.target.value)} />
          </div>
        </div>
      ))}
      <div className="flex gap-2">
        <Button variant="secondary" onClick={() => setRows([...rows, { key: "", title: "", description: "" }])}>
          Aggiungi criterio
        </Button>
        {rows.length > 1 ? (
          <Button variant="secondary" onClick={() => setRows(rows.slice(0, -1))}>
            Togli l'ultimo
          </Button>
        ) : null}
      </div>
      <div>
        <Label htmlFor="charter-notes">Note della versione</Label>
        <Textarea id="charter-notes" value={notes} onChange={(e) => setNotes(e.target.value)} />
      </div>
      <div className="flex gap-2">
        <Button onClick={save}>Salva bozza</Button>
        <Button variant="danger" disabled={!draft} onClick={publish}>
          Pubblica la bozza
        </Button>
      </div>
      <Text size="small">Una versione pubblicata non si modifica più: ogni certificato dice quale versione ha certificato.</Text>
    </div>
  )
}
