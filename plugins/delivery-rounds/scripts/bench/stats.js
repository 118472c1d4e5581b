"use strict"
/** Summary statistics and plain-text tables for the benchmark report. */

function mean(xs) {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN
}

function median(xs) {
  if (!xs.length) return NaN
  const s = [...xs].sort((a, b) => a - b)
  const k = s.length >> 1
  return s.length % 2 ? s[k] : (s[k - 1] + s[k]) / 2
}

function max(xs) {
  return xs.length ? Math.max(...xs) : NaN
}

const fmt = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : "–")
const pct = (x) => (Number.isFinite(x) ? `${x >= 0 ? "+" : ""}${x.toFixed(2)}%` : "–")

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)))
  const line = (cells) => cells.map((c, i) => String(c).padStart(widths[i])).join("  ")
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n")
}

module.exports = { mean, median, max, fmt, pct, table }
