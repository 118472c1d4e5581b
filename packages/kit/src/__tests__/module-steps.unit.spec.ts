import { createMedusaContainer } from "@medusajs/framework/utils"
import { asValue } from "@medusajs/framework/awilix"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { moduleSteps } from "../module-steps"

// An in-memory module service: enough of one to see what the steps write and what their
// compensations write back when a later step of the same workflow fails.
type Row = { id: string; owner: string; name: string; note: string | null }
class NotesService {
  rows = new Map<string, Row>()
  private next = 1
  async list(owner: string) {
    return [...this.rows.values()].filter((r) => r.owner === owner)
  }
  async create(data: Omit<Row, "id">) {
    const row = { id: `note_${this.next++}`, ...data }
    this.rows.set(row.id, row)
    return { ...row }
  }
  async update(data: { id: string } & Partial<Row>) {
    const row = { ...this.rows.get(data.id)!, ...data }
    this.rows.set(row.id, row)
    return { ...row }
  }
  async remove(id: string) {
    this.rows.delete(id)
  }
  deleted = new Set<string>()
  async softDelete(id: string) {
    this.deleted.add(id)
  }
  async restore(id: string) {
    this.deleted.delete(id)
  }
}

const steps = moduleSteps<NotesService>("notes")
const upsertNote = steps.upsert("upsert-note", {
  find: async (service, input: { owner: string; name: string }) => (await service.list(input.owner))[0],
  fields: (input) => ({ name: input.name, note: null }),
  key: (input) => ({ owner: input.owner }),
  create: (service, data) => service.create(data),
  update: (service, data) => service.update(data),
  remove: (service, id) => service.remove(id),
})
const fail = createStep("fail-after-upsert", async (input: { fail: boolean }) => {
  if (input.fail) throw new Error("a later step failed")
})
const upsertThenMaybeFail = createWorkflow("upsert-note-then-maybe-fail", (input: { owner: string; name: string; fail: boolean }) => {
  const note = upsertNote(input)
  fail(input)
  return new WorkflowResponse(note)
})

const createNotes = steps.create(
  "create-notes",
  (service, input: { notes: Omit<Row, "id">[] }) => Promise.all(input.notes.map((n) => service.create(n))),
  (service, ids) => Promise.all(ids.map((id) => service.remove(id)))
)
const updateNote = steps.update(
  "update-note",
  async (service, id) => service.rows.get(id)!,
  (service, input: { id: string; name: string }) => service.update(input)
)
const softDeleteNote = steps.softDelete(
  "soft-delete-note",
  (service, id) => service.softDelete(id),
  (service, id) => service.restore(id)
)
const writeAllThenFail = createWorkflow("write-all-then-fail", (input: { notes: Omit<Row, "id">[]; update: { id: string; name: string }; remove: { id: string }; fail: boolean }) => {
  createNotes(input)
  updateNote(input.update)
  softDeleteNote(input.remove)
  fail(input)
  return new WorkflowResponse(null)
})

// A step of its own: renames every note of an owner, reading the suffix from the container.
const renameAll = steps.step(
  "rename-all-notes",
  async (service, input: { owner: string }, container) => {
    const suffix = container.resolve<string>("suffix")
    const rows = await service.list(input.owner)
    await Promise.all(rows.map((r) => service.update({ id: r.id, name: `${r.name}${suffix}` })))
    return [rows.length, rows.map((r) => ({ id: r.id, name: r.name }))]
  },
  (service, before) => Promise.all(before.map((r) => service.update(r)))
)
const renameAllThenMaybeFail = createWorkflow("rename-all-then-maybe-fail", (input: { owner: string; fail: boolean }) => {
  const renamed = renameAll(input)
  fail(input)
  return new WorkflowResponse(renamed)
})

function containerWith(service: NotesService) {
  const container = createMedusaContainer()
  container.register("notes", asValue(service))
  container.register("suffix", asValue(" (old)"))
  return container
}

describe("moduleSteps().upsert", () => {
  it("creates the record the first time and updates it after; its compensation deletes what it created", async () => {
    const service = new NotesService()
    const container = containerWith(service)
    const { result: created } = await upsertThenMaybeFail(container).run({ input: { owner: "v1", name: "first", fail: false } })
    expect(created).toMatchObject({ owner: "v1", name: "first", note: null })
    const { result: updated } = await upsertThenMaybeFail(container).run({ input: { owner: "v1", name: "second", fail: false } })
    expect(updated).toMatchObject({ id: created.id, name: "second" })
    expect(service.rows.size).toBe(1)

    const { errors } = await upsertThenMaybeFail(container).run({ input: { owner: "v2", name: "lost", fail: true }, throwOnError: false })
    expect(errors[0].error.message).toBe("a later step failed")
    expect(await service.list("v2")).toEqual([])
  })

  it("on a failure after an update, writes back the fields it changed, as they were", async () => {
    const service = new NotesService()
    const container = containerWith(service)
    const before = await service.create({ owner: "v1", name: "kept", note: "checked by hand" })
    const { errors } = await upsertThenMaybeFail(container).run({ input: { owner: "v1", name: "changed", fail: true }, throwOnError: false })
    expect(errors).toHaveLength(1)
    expect(service.rows.get(before.id)).toEqual(before)
  })
})

describe("moduleSteps() create, update, softDelete", () => {
  it("write, and each is undone when a later step fails", async () => {
    const service = new NotesService()
    const container = containerWith(service)
    const kept = await service.create({ owner: "v1", name: "kept", note: "a note" })
    const gone = await service.create({ owner: "v1", name: "gone", note: null })
    const input = { notes: [{ owner: "v2", name: "new", note: null }], update: { id: kept.id, name: "renamed" }, remove: { id: gone.id } }

    const { errors } = await writeAllThenFail(container).run({ input: { ...input, fail: true }, throwOnError: false })
    expect(errors).toHaveLength(1)
    expect([...service.rows.values()]).toEqual([kept, gone])
    expect(service.deleted.size).toBe(0)

    await writeAllThenFail(container).run({ input: { ...input, fail: false } })
    expect(await service.list("v2")).toHaveLength(1)
    expect(service.rows.get(kept.id)).toEqual({ ...kept, name: "renamed" })
    expect([...service.deleted]).toEqual([gone.id])
  })
})

describe("moduleSteps().step", () => {
  it("runs its own write with the container at hand, and its undo writes back when a later step fails", async () => {
    const service = new NotesService()
    const container = containerWith(service)
    const a = await service.create({ owner: "v1", name: "a", note: null })
    const b = await service.create({ owner: "v1", name: "b", note: null })

    const { errors } = await renameAllThenMaybeFail(container).run({ input: { owner: "v1", fail: true }, throwOnError: false })
    expect(errors).toHaveLength(1)
    expect([...service.rows.values()]).toEqual([a, b])

    const { result } = await renameAllThenMaybeFail(container).run({ input: { owner: "v1", fail: false } })
    expect(result).toBe(2)
    expect([...service.rows.values()].map((r) => r.name)).toEqual(["a (old)", "b (old)"])
    // nothing of that owner: nothing to undo either
    expect((await renameAllThenMaybeFail(container).run({ input: { owner: "v9", fail: true }, throwOnError: false })).errors).toHaveLength(1)
  })
})
