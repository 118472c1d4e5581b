// Turbopack loader for `import text from "./x.css?raw"` (next.config.ts): the stylesheet as a
// string for SiteStyle, minified by esbuild's CSS minifier (comments, white space, shorter
// equivalent values), as a stylesheet file of Next's would be.
const { transformSync } = require("esbuild")

module.exports = function cssText(source) {
  return transformSync(source, { loader: "css", minify: true, sourcefile: this?.resourcePath }).code.trim()
}
