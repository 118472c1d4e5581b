#!/usr/bin/env node
"use strict"
/**
 * rbv-plan [problem.json] [--time-limit-ms N] [--seed N]
 * Reads a VROOM-format problem (stdin when no file) and prints the solution JSON on stdout.
 * Exit codes: 0 solved, 2 malformed input or arguments, 1 planner not built / internal error.
 */
const fs = require("fs")
const path = require("path")

const USAGE = "usage: rbv-plan [problem.json] [--time-limit-ms N] [--seed N]"

function fail(code, message) {
  process.stderr.write(`rbv-plan: ${message}\n`)
  process.exit(code)
}

function parseArgs(argv) {
  const opts = { file: undefined, timeLimitMs: undefined, seed: undefined }
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i]
    let value
    const eq = arg.indexOf("=")
    if (arg.startsWith("--") && eq > 0) {
      value = arg.slice(eq + 1)
      arg = arg.slice(0, eq)
    }
    if (arg === "-h" || arg === "--help") {
      process.stdout.write(`${USAGE}\n`)
      process.exit(0)
    } else if (arg === "--time-limit-ms" || arg === "--seed") {
      if (value === undefined) value = argv[++i]
      const n = Number(value)
      if (value === undefined || !Number.isInteger(n) || n < 0) fail(2, `${arg} needs a non-negative integer (${USAGE})`)
      if (arg === "--seed") opts.seed = n
      else opts.timeLimitMs = n
    } else if (arg.startsWith("-") && arg !== "-") {
      fail(2, `unknown option ${arg} (${USAGE})`)
    } else if (opts.file === undefined) {
      opts.file = arg
    } else {
      fail(2, `only one problem file is accepted (${USAGE})`)
    }
  }
  return opts
}

function loadPlanner() {
  const dir = process.env.RBV_PLANNER_DIR || path.join(__dirname, "..", ".medusa", "server", "src", "planner")
  const entry = path.join(dir, "index.js")
  if (!fs.existsSync(entry)) {
    fail(1, `the planner is not built (${path.relative(process.cwd(), entry)} is missing): run \`npm run build\` in plugins/delivery-rounds`)
  }
  return require(entry)
}

function main() {
  const opts = parseArgs(process.argv.slice(2))
  const planner = loadPlanner()
  let text
  try {
    text = opts.file === undefined || opts.file === "-" ? fs.readFileSync(0, "utf8") : fs.readFileSync(opts.file, "utf8")
  } catch (e) {
    fail(2, `cannot read ${opts.file ?? "stdin"}: ${e.code || e.message}`)
  }
  let problem
  try {
    problem = JSON.parse(text)
  } catch (e) {
    fail(2, `invalid input: (root): not valid JSON (${String(e.message).split("\n")[0]})`)
  }
  const errors = planner.validateProblem(problem)
  if (errors.length > 0) fail(2, `invalid input: ${planner.formatErrors(errors)}`)
  const solution = planner.solve(problem, { timeLimitMs: opts.timeLimitMs, seed: opts.seed })
  process.stdout.write(`${JSON.stringify(solution)}\n`)
}

try {
  main()
} catch (e) {
  fail(1, `internal error: ${e && e.message ? String(e.message).split("\n")[0] : String(e)}`)
}
