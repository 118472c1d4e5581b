// Each test file boots its own Medusa app: forget the previous app's ORM metadata.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")
MetadataStorage.clear()
