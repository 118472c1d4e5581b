import type { FieldError } from "./types"

type Obj = Record<string, unknown>

/** VROOM vehicle constraints this planner does not model: refused rather than ignored. */
const UNSUPPORTED_VEHICLE_KEYS = ["breaks", "max_travel_time", "max_distance", "steps"]

const isObj = (v: unknown): v is Obj =>
  typeof v === "object" && v !== null && !Array.isArray(v)
const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v)
const isInt = (v: unknown): v is number => isNum(v) && Number.isInteger(v)

interface Ctx {
  errors: FieldError[]
  dims: number | null
  dimsField: string
  matrixSize: number | null
  hasMatrices: boolean
}

function err(ctx: Ctx, field: string, message: string): void {
  ctx.errors.push({ field, message })
}

function checkAmount(ctx: Ctx, v: unknown, field: string): void {
  if (v === undefined) return
  if (!Array.isArray(v)) return err(ctx, field, "must be an array of numbers")
  v.forEach((x, i) => {
    if (!isNum(x)) err(ctx, `${field}[${i}]`, "must be a number")
    else if (x < 0) err(ctx, `${field}[${i}]`, `must not be negative (got ${x})`)
  })
  if (ctx.dims === null) {
    ctx.dims = v.length
    ctx.dimsField = field
  } else if (v.length !== ctx.dims) {
    err(ctx, field, `has ${v.length} dimensions but ${ctx.dimsField} has ${ctx.dims}`)
  }
}

function checkWindow(ctx: Ctx, v: unknown, field: string): void {
  if (!Array.isArray(v) || v.length !== 2 || !isNum(v[0]) || !isNum(v[1])) {
    return err(ctx, field, "must be a [start, end] pair of numbers")
  }
  if (v[0] < 0) err(ctx, field, "start must not be negative")
  if (v[0] > v[1]) err(ctx, field, `start ${v[0]} is after end ${v[1]}`)
}

function checkCoords(ctx: Ctx, v: unknown, field: string): void {
  if (!Array.isArray(v) || v.length !== 2 || !isNum(v[0]) || !isNum(v[1])) {
    return err(ctx, field, "must be a [lon, lat] pair of numbers")
  }
  if (Math.abs(v[0]) > 180) err(ctx, field, `longitude ${v[0]} is out of range`)
  if (Math.abs(v[1]) > 90) err(ctx, field, `latitude ${v[1]} is out of range`)
}

function checkIndex(ctx: Ctx, v: unknown, field: string): void {
  if (!isInt(v) || v < 0) return err(ctx, field, "must be a non-negative integer")
  if (!ctx.hasMatrices) return err(ctx, field, "needs `matrices` in the problem")
  if (ctx.matrixSize !== null && v >= ctx.matrixSize) {
    err(ctx, field, `unknown location index ${v} (the matrix has ${ctx.matrixSize} locations)`)
  }
}

function checkNonNeg(ctx: Ctx, o: Obj, key: string, base: string, integer = false): void {
  const v = o[key]
  if (v === undefined) return
  if (integer ? !isInt(v) : !isNum(v)) return err(ctx, `${base}.${key}`, integer ? "must be an integer" : "must be a number")
  if ((v as number) < 0) err(ctx, `${base}.${key}`, `must not be negative (got ${v})`)
}

function checkSkills(ctx: Ctx, v: unknown, field: string): void {
  if (v === undefined) return
  if (!Array.isArray(v) || v.some((s) => !isInt(s))) err(ctx, field, "must be an array of integers")
}

/** A located place: `location` coordinates or `location_index` into the matrices. */
function checkPlace(ctx: Ctx, o: Obj, base: string, required: boolean, coordKey: string, indexKey: string): void {
  const hasIndex = o[indexKey] !== undefined
  const hasCoords = o[coordKey] !== undefined
  if (hasIndex) checkIndex(ctx, o[indexKey], `${base}.${indexKey}`)
  if (hasCoords) checkCoords(ctx, o[coordKey], `${base}.${coordKey}`)
  if (ctx.hasMatrices && hasCoords && !hasIndex) {
    err(ctx, `${base}.${indexKey}`, "is required when `matrices` are given")
  }
  if (required && !hasIndex && !hasCoords) {
    err(ctx, `${base}.${ctx.hasMatrices ? indexKey : coordKey}`, "is required")
  }
}

function checkTask(ctx: Ctx, o: Obj, base: string): void {
  if (!isInt(o.id)) err(ctx, `${base}.id`, "must be an integer")
  checkPlace(ctx, o, base, true, "location", "location_index")
  checkNonNeg(ctx, o, "service", base)
  checkNonNeg(ctx, o, "setup", base)
  if (o.time_windows !== undefined) {
    if (!Array.isArray(o.time_windows) || o.time_windows.length === 0) {
      err(ctx, `${base}.time_windows`, "must be a non-empty array of [start, end] pairs")
    } else {
      o.time_windows.forEach((w, i) => checkWindow(ctx, w, `${base}.time_windows[${i}]`))
    }
  }
}

function checkPriority(ctx: Ctx, o: Obj, base: string): void {
  if (o.priority === undefined) return
  if (!isInt(o.priority) || o.priority < 0 || o.priority > 100) {
    err(ctx, `${base}.priority`, "must be an integer between 0 and 100")
  }
}

function checkMatrices(ctx: Ctx, p: Obj): void {
  const sets: [string, unknown][] = []
  if (p.matrix !== undefined) sets.push(["matrix", p.matrix])
  if (p.matrices !== undefined) {
    if (!isObj(p.matrices)) return err(ctx, "matrices", "must be an object keyed by profile")
    for (const [profile, m] of Object.entries(p.matrices)) {
      if (!isObj(m)) {
        err(ctx, `matrices.${profile}`, "must be an object with durations/distances/costs")
        continue
      }
      if (m.durations === undefined && m.distances === undefined && m.costs === undefined) {
        err(ctx, `matrices.${profile}`, "needs a `durations` matrix")
      }
      for (const key of ["durations", "distances", "costs"]) {
        if (m[key] !== undefined) sets.push([`matrices.${profile}.${key}`, m[key]])
      }
    }
  }
  ctx.hasMatrices = sets.length > 0
  for (const [field, m] of sets) {
    if (!Array.isArray(m)) {
      err(ctx, field, "must be an array of rows")
      continue
    }
    const n = m.length
    let ok = true
    m.forEach((row, i) => {
      if (!ok) return
      if (!Array.isArray(row) || row.length !== n) {
        err(ctx, `${field}[${i}]`, `matrix is not square: row ${i} has ${Array.isArray(row) ? row.length : "no"} entries, expected ${n}`)
        ok = false
        return
      }
      for (let j = 0; j < n; j++) {
        if (!isNum(row[j]) || row[j] < 0) {
          err(ctx, `${field}[${i}][${j}]`, "must be a non-negative number")
          ok = false
          return
        }
      }
    })
    if (ctx.matrixSize === null) ctx.matrixSize = n
    else if (ctx.matrixSize !== n) err(ctx, field, `has ${n} locations but another matrix has ${ctx.matrixSize}`)
  }
}

function checkIds(ctx: Ctx, list: { id: unknown; field: string }[], kind: string): void {
  const seen = new Set<unknown>()
  for (const { id, field } of list) {
    if (!isInt(id)) continue
    if (seen.has(id)) err(ctx, field, `duplicate ${kind} id ${id}`)
    seen.add(id)
  }
}

/**
 * Checks a VROOM-format problem. Returns one error per offending field
 * (empty array: the problem is well formed and can be solved).
 */
/** Runs `check` on each element of `list` (the input's field `key`) that is an object; any other is an error. */
function eachObject(ctx: Ctx, key: string, list: unknown[], check: (o: Obj, base: string) => void): void {
  list.forEach((x, i) => {
    const base = `${key}[${i}]`
    if (isObj(x)) check(x, base)
    else err(ctx, base, "must be an object")
  })
}

export function validateProblem(input: unknown): FieldError[] {
  const ctx: Ctx = { errors: [], dims: null, dimsField: "", matrixSize: null, hasMatrices: false }
  if (!isObj(input)) {
    err(ctx, "(root)", "the problem must be a JSON object")
    return ctx.errors
  }
  checkMatrices(ctx, input)

  const vehicles = input.vehicles
  if (!Array.isArray(vehicles) || vehicles.length === 0) {
    err(ctx, "vehicles", "must be a non-empty array")
  } else {
    eachObject(ctx, "vehicles", vehicles, (v, base) => {
      if (!isInt(v.id)) err(ctx, `${base}.id`, "must be an integer")
      checkPlace(ctx, v, base, false, "start", "start_index")
      checkPlace(ctx, v, base, false, "end", "end_index")
      checkAmount(ctx, v.capacity, `${base}.capacity`)
      checkSkills(ctx, v.skills, `${base}.skills`)
      if (v.time_window !== undefined) checkWindow(ctx, v.time_window, `${base}.time_window`)
      checkNonNeg(ctx, v, "max_tasks", base, true)
      if (v.speed_factor !== undefined && (!isNum(v.speed_factor) || v.speed_factor <= 0)) {
        err(ctx, `${base}.speed_factor`, "must be a positive number")
      }
      if (v.costs !== undefined) {
        if (!isObj(v.costs)) err(ctx, `${base}.costs`, "must be an object")
        else for (const k of ["fixed", "per_hour", "per_km"]) checkNonNeg(ctx, v.costs, k, `${base}.costs`)
      }
      if (v.profile !== undefined && typeof v.profile !== "string") err(ctx, `${base}.profile`, "must be a string")
      for (const k of UNSUPPORTED_VEHICLE_KEYS) {
        if (v[k] !== undefined) err(ctx, `${base}.${k}`, "is not supported by this planner (use a VROOM server)")
      }
      if (ctx.hasMatrices && isObj(input.matrices) && input.matrix === undefined) {
        const profile = typeof v.profile === "string" ? v.profile : "car"
        if (!(profile in input.matrices)) err(ctx, `${base}.profile`, `no matrices for profile "${profile}"`)
      }
    })
    checkIds(ctx, vehicles.map((v, i) => ({ id: isObj(v) ? v.id : undefined, field: `vehicles[${i}].id` })), "vehicle")
  }

  if (input.jobs !== undefined) {
    if (!Array.isArray(input.jobs)) err(ctx, "jobs", "must be an array")
    else {
      eachObject(ctx, "jobs", input.jobs, (j, base) => {
        checkTask(ctx, j, base)
        checkAmount(ctx, j.delivery, `${base}.delivery`)
        checkAmount(ctx, j.pickup, `${base}.pickup`)
        checkSkills(ctx, j.skills, `${base}.skills`)
        checkPriority(ctx, j, base)
      })
      checkIds(ctx, input.jobs.map((j, i) => ({ id: isObj(j) ? j.id : undefined, field: `jobs[${i}].id` })), "job")
    }
  }

  if (input.shipments !== undefined) {
    if (!Array.isArray(input.shipments)) err(ctx, "shipments", "must be an array")
    else {
      eachObject(ctx, "shipments", input.shipments, (s, base) => {
        for (const side of ["pickup", "delivery"]) {
          const step = s[side]
          if (!isObj(step)) err(ctx, `${base}.${side}`, "must be an object")
          else checkTask(ctx, step, `${base}.${side}`)
        }
        checkAmount(ctx, s.amount, `${base}.amount`)
        checkSkills(ctx, s.skills, `${base}.skills`)
        checkPriority(ctx, s, base)
      })
      const ships = input.shipments.filter(isObj)
      for (const side of ["pickup", "delivery"]) {
        checkIds(
          ctx,
          ships.map((s, i) => ({ id: isObj(s[side]) ? (s[side] as Obj).id : undefined, field: `shipments[${i}].${side}.id` })),
          side,
        )
      }
    }
  }

  // Unlike VROOM, a problem without jobs or shipments is valid: it gets empty routes.
  return ctx.errors
}

/** One-line summary of validation errors, naming the first offending field. */
export function formatErrors(errors: FieldError[]): string {
  if (errors.length === 0) return ""
  const first = `${errors[0].field}: ${errors[0].message}`
  return errors.length === 1 ? first : `${first} (and ${errors.length - 1} more)`
}
