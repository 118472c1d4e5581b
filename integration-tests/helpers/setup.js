// Each test file boots its own Medusa app: forget the previous app's ORM metadata.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")
MetadataStorage.clear()

// Login throttling (@rbv/kit) stays on in every file, with room for the many logins and
// registrations a journey makes from one address; http/security/throttle.spec.ts sets its own.
process.env.RBV_THROTTLE_TRIES ??= "200"

// Each file's Medusa keeps its uploads in a folder of its own (medusa-config reads RBV_UPLOAD_DIR),
// so counting stored files is not disturbed by another file running alongside.
process.env.RBV_UPLOAD_DIR = require("node:fs").mkdtempSync(require("node:path").join(require("node:os").tmpdir(), "rbv-uploads-"))

// Without SMTP_URL (most files) the network's e-mails are kept in an outbox: one of its own per file.
process.env.RBV_MAIL_OUTBOX_DIR = require("node:fs").mkdtempSync(require("node:path").join(require("node:os").tmpdir(), "rbv-outbox-"))

// The backend's migrations are not checked again on a database copied from the migrated template1.
require("./migrated-template")
