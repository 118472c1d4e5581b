import { StorefrontTags } from "../../../../../packages/kit/src/storefront-revalidation"
import { CacheTags } from "../cache-tags"

// The plugins' subscribers send @rbv/kit's tags, the storefront's reads are tagged with its own:
// a word that differs on one side would leave a page stale for ever, so the two lists must agree.
describe("cache tags", () => {
  it("are the same words on the storefront and in the plugins' revalidation", () => {
    const words = (tags: Record<string, string | ((h: string) => string)>) =>
      Object.fromEntries(Object.entries(tags).map(([key, tag]) => [key, typeof tag === "function" ? tag("pane-nero") : tag]))
    expect(words(CacheTags)).toEqual(words(StorefrontTags))
  })
})
