import { safeReturnPath } from "../return-path"

describe("safeReturnPath", () => {
  it("keeps a path of this site", () => {
    expect(safeReturnPath("/account/spesa-fissa/conferma/bsktpl_01ABC")).toBe("/account/spesa-fissa/conferma/bsktpl_01ABC")
    expect(safeReturnPath("/en/account")).toBe("/en/account")
  })
  it.each([
    ["an absolute URL", "https://evil.example/account"],
    ["a scheme-relative URL", "//evil.example/account"],
    ["a backslash", "/\\evil.example"],
    ["a backslash later", "/account\\..\\x"],
    ["a doubled slash inside", "/account//evil.example"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a relative path", "account"],
    ["a query string", "/account?x=https://evil.example"],
    ["an encoded slash", "/%2F%2Fevil.example"],
    ["nothing", undefined],
    ["a list", ["/account"]],
  ])("refuses %s → the account home", (_what, value) => {
    expect(safeReturnPath(value)).toBe("/account")
  })
})
