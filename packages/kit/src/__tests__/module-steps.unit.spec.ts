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

function containerWith(service: NotesService) {
  const container = createMedusaContainer()
  container.register("notes", asValue(service))
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
