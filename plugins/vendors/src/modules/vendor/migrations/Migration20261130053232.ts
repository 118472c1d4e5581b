import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130053232 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "vendor_invite" drop constraint if exists "vendor_invite_token_hash_unique";`);
    this.addSql(`drop index if exists "IDX_vendor_invite_token_unique";`);

    this.addSql(`alter table if exists "vendor_invite" rename column "token" to "token_hash";`);
    // Invites already sent keep working: their links carry the token, the table now holds its SHA-256.
    this.addSql(`update "vendor_invite" set "token_hash" = encode(sha256(convert_to("token_hash", 'UTF8')), 'hex');`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vendor_invite_token_hash_unique" ON "vendor_invite" ("token_hash") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_vendor_invite_token_hash_unique";`);

    // The tokens themselves are gone: pending invites cannot be restored, only revoked.
    this.addSql(`update "vendor_invite" set "deleted_at" = now() where "accepted_at" is null and "deleted_at" is null;`);
    this.addSql(`alter table if exists "vendor_invite" rename column "token_hash" to "token";`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vendor_invite_token_unique" ON "vendor_invite" ("token") WHERE deleted_at IS NULL;`);
  }

}
