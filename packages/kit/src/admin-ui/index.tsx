import { Heading, Table, Tabs, Text, toast } from "@medusajs/ui"
import { useEffect, useState, type ReactNode } from "react"

/**
 * The pieces every admin page of our plugins is made of, in the Medusa admin's own components
 * (@medusajs/ui): a page's title, a row of tabs (sections of a page, or filters of a list), and a
 * table with its header row and the line that says why it is empty; and an action's toast. Imported by the plugins'
 * admin extensions (`@rbv/kit/admin-ui`), built by the host shop's admin with them.
 */

/** The page's title, a line under it, and what the page lets one do at once (a button). */
export function AdminHeader({ title, intro, level = "h1", children }: { title: string; intro?: ReactNode; level?: "h1" | "h2"; children?: ReactNode }) {
  return (
    <div className="flex items-center justify-between px-6 py-4">
      <div>
        <Heading level={level}>{title}</Heading>
        {intro ? (
          <Text size="small" className="text-ui-fg-subtle">
            {intro}
          </Text>
        ) : null}
      </div>
      {children}
    </div>
  )
}

type Tab = { value: string; label: string }

const TabList = ({ tabs }: { tabs: readonly Tab[] }) => (
  <Tabs.List className="px-6 py-2">
    {tabs.map((tab) => (
      <Tabs.Trigger key={tab.value} value={tab.value}>
        {tab.label}
      </Tabs.Trigger>
    ))}
  </Tabs.List>
)

/** Tabs that filter one list: the list below follows `value`. */
export function FilterTabs<V extends string>({ value, onChange, tabs }: { value: V; onChange: (value: V) => void; tabs: readonly Tab[] }) {
  return (
    <Tabs value={value} onValueChange={(v) => onChange(v as V)}>
      <TabList tabs={tabs} />
    </Tabs>
  )
}

/** A page made of sections, one tab each. */
export function SectionTabs({ sections }: { sections: readonly (Tab & { content: ReactNode })[] }) {
  return (
    <Tabs defaultValue={sections[0]?.value}>
      <TabList tabs={sections} />
      {sections.map((s) => (
        <Tabs.Content key={s.value} value={s.value}>
          {s.content}
        </Tabs.Content>
      ))}
    </Tabs>
  )
}

/**
 * A table: one header cell per column (an empty string for a column of buttons; no columns, no
 * header row), then a row per item; with no items, one full-width line says why (`empty`).
 */
export function AdminTable<Item>({ columns, items, empty, children }: { columns: readonly string[]; items: readonly Item[]; empty?: string; children: (item: Item) => ReactNode }) {
  return (
    <Table>
      {columns.length ? (
        <Table.Header>
          <Table.Row>
            {columns.map((label, i) => (
              <Table.HeaderCell key={i}>{label}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
      ) : null}
      <Table.Body>
        {items.length || !empty ? null : (
          <Table.Row>
            <td colSpan={columns.length} className="px-6">
              <Text size="small" className="text-ui-fg-subtle py-2">
                {empty}
              </Text>
            </td>
          </Table.Row>
        )}
        {items.map(children)}
      </Table.Body>
    </Table>
  )
}

/** Runs an admin action, says how it went in a toast (the error is already in the admin's language), then reloads. */
export async function attemptAction(run: () => Promise<unknown>, done: string, reload: () => unknown) {
  try {
    await run()
    toast.success(done)
    await reload()
  } catch (e) {
    toast.error((e as Error).message)
  }
}

/** A widget's read: loading, what the API said, or why it could not be read (a failure must not look like "nothing"). */
export type AdminRead<T> = { state: "loading" } | { state: "loaded"; data: T } | { state: "failed"; message: string }

/** GETs `path` with the plugin's `fetch`, again whenever `path` (or `again`) changes. */
export function useAdminRead<T>(fetch: (path: string) => Promise<T>, path: string, again?: unknown): AdminRead<T> {
  const [read, setRead] = useState<AdminRead<T>>({ state: "loading" })
  useEffect(() => {
    setRead({ state: "loading" })
    fetch(path)
      .then((data) => setRead({ state: "loaded", data }))
      .catch((e: Error) => setRead({ state: "failed", message: e.message }))
  }, [path, again])
  return read
}

/** A widget's read while it is not there yet: "…" while loading, or the failure in words (`failed`). */
export function ReadStatus({ read, failed }: { read: AdminRead<unknown>; failed: (reason: string) => string }) {
  if (read.state === "loading") return <Text className="text-ui-fg-subtle">…</Text>
  if (read.state === "failed")
    return (
      <Text role="alert" className="text-ui-fg-error">
        {failed(read.message)}
      </Text>
    )
  return null
}
