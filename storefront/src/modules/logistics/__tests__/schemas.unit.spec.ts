import { completeStopBody, completeStopSchema, parsePlanLocks } from "../schemas"

const base = { round_id: "round_01", stop_id: "stop_01" }

describe("completeStopSchema", () => {
  it("takes a delivery with the amount typed in euro, Italian style, as cents", () => {
    const parsed = completeStopSchema.parse({ ...base, outcome: "delivered", note: "  ", amount_collected: "12,50" })
    expect(completeStopBody(parsed)).toEqual({ outcome: "delivered", amount_collected: 1250 })
  })

  it("requires a note when the stop failed", () => {
    const result = completeStopSchema.safeParse({ ...base, outcome: "failed", note: "" })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["note", "logistics.validation.note_required"]])
    const ok = completeStopSchema.parse({ ...base, outcome: "failed", note: "Nessuno in casa" })
    expect(completeStopBody(ok)).toEqual({ outcome: "failed", note: "Nessuno in casa" })
  })

  it("a stop not delivered carries no amount: the schema refuses one, the body never has one", () => {
    const result = completeStopSchema.safeParse({ ...base, outcome: "failed", note: "Nessuno in casa", amount_collected: "23,50" })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["amount_collected", "logistics.validation.no_amount_when_failed"]])
    expect(completeStopBody({ ...base, outcome: "failed", note: "Nessuno in casa", amount_collected: 2350 })).toEqual({ outcome: "failed", note: "Nessuno in casa" })
  })

  it("refuses an amount that is not money and an unknown outcome", () => {
    const result = completeStopSchema.safeParse({ ...base, outcome: "lost", amount_collected: "dodici" })
    expect(result.success).toBe(false)
    const fields = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]))
    expect(fields).toEqual({ outcome: "logistics.validation.outcome", amount_collected: "validation.price" })
  })
})

describe("parsePlanLocks", () => {
  const form = (entries: [string, string][]) => {
    const data = new FormData()
    for (const [k, v] of entries) data.append(k, v)
    return data
  }

  it("locks only the ticked stops at their typed positions", () => {
    const data = form([
      ["lock", "stop_b"],
      ["position_stop_a", "1"],
      ["position_stop_b", "3"],
    ])
    expect(parsePlanLocks(data, 3)).toEqual({ locks: [{ stop_id: "stop_b", position: 3 }], fieldErrors: {} })
  })

  it("refuses positions out of range and two stops on one position", () => {
    const data = form([
      ["lock", "stop_a"],
      ["lock", "stop_b"],
      ["lock", "stop_c"],
      ["position_stop_a", "2"],
      ["position_stop_b", "2"],
      ["position_stop_c", "9"],
    ])
    expect(parsePlanLocks(data, 3)).toEqual({
      locks: [{ stop_id: "stop_a", position: 2 }],
      fieldErrors: { position_stop_b: "logistics.validation.position_taken", position_stop_c: "logistics.validation.position" },
    })
  })
})
