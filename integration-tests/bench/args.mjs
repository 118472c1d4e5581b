// The bench scripts' command line, read one way by each: `--name value` options and bare `--flag`s.
export const argv = process.argv.slice(2)

/** The value after `--name`, or `fallback` when it is not given. */
export const arg = (name, fallback) => {
  const i = argv.indexOf(`--${name}`)
  return i >= 0 ? argv[i + 1] : fallback
}
