// A failure the user can fix: printed as one line, no stack trace.
export class StartupError extends Error {
  constructor(message) {
    super(message)
    this.name = "StartupError"
  }
}
