// Turbopack loader for `import text from "./x.css?raw"` (next.config.ts): the stylesheet as a
// string for SiteStyle, without its comments and the white space a browser does not need.
// Only white space goes: no selector, value or string is rewritten (a space before `:` can be a
// descendant combinator, so it stays).
module.exports = function cssText(source) {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,>])\s*/g, "$1")
    .replace(/;}/g, "}")
    .trim()
}
