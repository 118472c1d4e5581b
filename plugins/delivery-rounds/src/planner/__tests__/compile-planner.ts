import { transformFileSync } from "@swc/core"
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "fs"
import { tmpdir } from "os"
import { join } from "path"

/**
 * Compiles the planner sources to CommonJS in a temporary directory, the same shape as
 * `medusa plugin:build` output, so the CLI and the worker can be run without a full build.
 */
export function compilePlanner(): string {
  const src = join(__dirname, "..")
  const out = mkdtempSync(join(tmpdir(), "rbv-planner-"))
  mkdirSync(out, { recursive: true })
  for (const file of readdirSync(src)) {
    if (!file.endsWith(".ts")) continue
    const { code } = transformFileSync(join(src, file), {
      jsc: { parser: { syntax: "typescript" }, target: "es2021" },
      module: { type: "commonjs" },
    })
    writeFileSync(join(out, file.replace(/\.ts$/, ".js")), code)
  }
  return out
}
