import { z } from "zod"
import { refresh } from "next/cache"
import { formAction, type Caller } from "../form-action"
import { apiErrorState } from "../form-errors"

// The translator writes the key (and its values), so each answer says which message it chose.
jest.mock("../../i18n/server", () => ({
  getT: async () => ({ t: (key: string, vars?: object) => (vars ? `${key} ${JSON.stringify(vars)}` : key), locale: "it" }),
}))
jest.mock("next/cache", () => ({ refresh: jest.fn() }))

const signedIn: Caller<{ authorization: string }> = { session: async () => ({ authorization: "Bearer t" }), missing: "bottega.errors.session", refusal: apiErrorState }
const signedOut: Caller<{ authorization: string }> = { ...signedIn, session: async () => null }

/** What the API throws: its status, refusal code and the request field it names. */
const refusal = (status: number, code?: string, field?: string) => Object.assign(new Error("refused"), { status, code, field })

const form = (entries: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(entries)) data.append(key, value)
  return data
}

const schema = z.object({ id: z.string().regex(/^x_\w+$/), name: z.string().trim().min(2, "validation.required") })

function action(overrides: Partial<Parameters<typeof formAction<typeof schema, { authorization: string }, { saved: string }>>[0]> = {}) {
  const call = jest.fn(async (input: z.output<typeof schema>) => ({ saved: input.name }))
  const run = formAction({
    caller: signedIn,
    schema,
    fields: ["name"],
    call,
    done: ({ result, t }) => ({ ok: true, message: t("bottega.product.saved", { name: result.saved }) }),
    ...overrides,
  })
  return { run, call }
}

beforeEach(() => jest.mocked(refresh).mockClear())

describe("formAction", () => {
  it("calls the API with the checked input and the caller's session, refreshes the pages, then answers the form's success", async () => {
    const { run, call } = action()
    const state = await run({}, form({ id: "x_1", name: "  Pane  " }))
    expect(call).toHaveBeenCalledWith({ id: "x_1", name: "Pane" }, { authorization: "Bearer t" }, expect.any(FormData))
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(state).toEqual({ ok: true, message: 'bottega.product.saved {"name":"Pane"}' })
  })

  it("a lost session is told at the top, with the sent values, and nothing is called", async () => {
    const { run, call } = action({ caller: signedOut })
    expect(await run({}, form({ id: "x_1", name: "Pane" }))).toEqual({ error: "bottega.errors.session", values: { id: "x_1", name: "Pane" } })
    expect(call).not.toHaveBeenCalled()
  })

  it("refused input: each field's own message, the values to refill the form; a refused hidden id says only its own message", async () => {
    const { run, call } = action()
    expect(await run({}, form({ id: "x_1", name: "P" }))).toEqual({ fieldErrors: { name: "validation.required" }, values: { id: "x_1", name: "P" } })
    const hidden = action({ hidden: { id: "errors.not_found" } })
    expect(await hidden.run({}, form({ id: "nope", name: "P" }))).toEqual({ error: "errors.not_found", values: { id: "nope", name: "P" } })
    const oneMessage = action({ invalid: "validation.invalid" })
    expect(await oneMessage.run({}, form({ id: "x_1", name: "P" }))).toEqual({ error: "validation.invalid", values: { id: "x_1", name: "P" } })
    // a button's form: its hidden fields are not refilled, and a refused one reads as a refused request
    const button = action({ button: true })
    expect(await button.run({}, form({ id: "x_1", name: "P" }))).toEqual({ error: "errors.invalid", values: {} })
    expect(call).not.toHaveBeenCalled()
    expect(hidden.call).not.toHaveBeenCalled()
    expect(refresh).not.toHaveBeenCalled()
  })

  it("what the schema does not read is checked too: its messages join the schema's, and alone they stop the call", async () => {
    const check = (formData: FormData): Record<string, string> => (formData.get("photo") === "huge" ? { photo: "validation.photo_size" } : {})
    const { run, call } = action({ check })
    expect(await run({}, form({ id: "x_1", name: "P", photo: "huge" }))).toMatchObject({ fieldErrors: { name: "validation.required", photo: "validation.photo_size" } })
    expect(await run({}, form({ id: "x_1", name: "Pane", photo: "huge" }))).toMatchObject({ fieldErrors: { photo: "validation.photo_size" } })
    expect(call).not.toHaveBeenCalled()
  })

  it("an API refusal: its code's message next to the field it names when the form has that field, at the top otherwise; nothing refreshed", async () => {
    const named = action({ call: jest.fn().mockRejectedValue(refusal(400, "invalid_field", "name")) })
    expect(await named.run({}, form({ id: "x_1", name: "Pane" }))).toEqual({ fieldErrors: { name: "refusals.invalid_field" }, values: { id: "x_1", name: "Pane" } })
    const elsewhere = action({ call: jest.fn().mockRejectedValue(refusal(400, "invalid_field", "handle")) })
    expect(await elsewhere.run({}, form({ id: "x_1", name: "Pane" }))).toEqual({ error: "refusals.invalid_field", values: { id: "x_1", name: "Pane" } })
    const uncoded = action({ call: jest.fn().mockRejectedValue(refusal(409)) })
    expect(await uncoded.run({}, form({ id: "x_1", name: "Pane" }))).toMatchObject({ error: "errors.conflict" })
    // a mapping of the API's path (with the checked input at hand) instead of a list
    const mapped = action({ fields: (path, input) => (path[0] === "variants" ? `variant_${path[1]}_${input.id}` : null), call: jest.fn().mockRejectedValue(refusal(400, "invalid_field", "variants.2.title")) })
    expect(await mapped.run({}, form({ id: "x_1", name: "Pane" }))).toMatchObject({ fieldErrors: { variant_2_x_1: "refusals.invalid_field" } })
    // a button's form has no field to tell it at
    const onButton = action({ button: true, fields: undefined, call: jest.fn().mockRejectedValue(refusal(400, "invalid_field", "name")) })
    expect(await onButton.run({}, form({ id: "x_1", name: "Pane" }))).toEqual({ error: "refusals.invalid_field", values: {} })
    expect(refresh).not.toHaveBeenCalled()
  })

  it("a refusal the form words itself comes first; null leaves it to the caller's words", async () => {
    const refused = (error: unknown) => ((error as { status: number }).status === 404 ? { error: "errors.not_found" } : null)
    const gone = action({ refused, call: jest.fn().mockRejectedValue(refusal(404)) })
    expect(await gone.run({}, form({ id: "x_1", name: "Pane" }))).toEqual({ error: "errors.not_found" })
    const other = action({ refused, call: jest.fn().mockRejectedValue(refusal(429)) })
    expect(await other.run({}, form({ id: "x_1", name: "Pane" }))).toMatchObject({ error: "errors.rate_limited" })
  })

  it("`refresh: false` leaves the pages as they are (a redirect, a row that goes away)", async () => {
    const { run } = action({ refresh: false })
    expect(await run({}, form({ id: "x_1", name: "Pane" }))).toMatchObject({ ok: true })
    expect(refresh).not.toHaveBeenCalled()
  })
})
