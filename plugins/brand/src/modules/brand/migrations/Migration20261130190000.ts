import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// Charter criteria move from a JSON list on the version to rows of their own (translatable);
// every version keeps its criteria, in order, with the same keys, titles and descriptions.
export class Migration20261130190000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "charter_criterion" ("id" text not null, "key" text not null, "title" text not null, "description" text null, "position" integer not null, "charter_version_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "charter_criterion_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_charter_criterion_charter_version_id" ON "charter_criterion" ("charter_version_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_charter_criterion_deleted_at" ON "charter_criterion" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_charter_criterion_charter_version_id_key_unique" ON "charter_criterion" ("charter_version_id", "key") WHERE deleted_at IS NULL;`);
    this.addSql(`alter table if exists "charter_criterion" add constraint "charter_criterion_charter_version_id_foreign" foreign key ("charter_version_id") references "charter_version" ("id") on update cascade on delete cascade;`);

    this.addSql(`insert into "charter_criterion" ("id", "key", "title", "description", "position", "charter_version_id")
      select 'chc_' || upper(substr(md5(v."id" || '/' || (c.value->>'key')), 1, 26)), c.value->>'key', c.value->>'title', nullif(c.value->>'description', ''), c.ordinality - 1, v."id"
      from "charter_version" v cross join lateral jsonb_array_elements(v."criteria") with ordinality as c(value, ordinality)
      on conflict do nothing;`);
    this.addSql(`alter table if exists "charter_version" drop column if exists "criteria";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "charter_version" add column if not exists "criteria" jsonb not null default '[]';`);
    this.addSql(`update "charter_version" v set "criteria" = coalesce((select jsonb_agg(jsonb_build_object('key', c."key", 'title', c."title", 'description', c."description") order by c."position") from "charter_criterion" c where c."charter_version_id" = v."id" and c."deleted_at" is null), '[]');`);
    this.addSql(`alter table if exists "charter_version" alter column "criteria" drop default;`);
    this.addSql(`drop table if exists "charter_criterion" cascade;`);
  }

}
