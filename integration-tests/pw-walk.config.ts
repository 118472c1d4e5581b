import base from "./playwright.config"
export default { ...base, use: { ...base.use, trace: "on", screenshot: "on" }, outputDir: "/tmp/lead-walk" }
