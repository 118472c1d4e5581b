import { Migration } from "@medusajs/framework/mikro-orm/migrations";

// [table of the JSON column, JSON column, pivot table, pivot column of the owner, pivot column of the other side, the other side's table]
const LISTS = [
  ["delivery_round", "zone_ids", "delivery_round_zone", "round_id", "zone_id", "delivery_zone"],
  ["delivery_round", "pickup_point_ids", "delivery_round_pickup_point", "round_id", "pickup_point_id", "pickup_point"],
  ["delivery_round", "volunteer_ids", "delivery_round_volunteer", "round_id", "volunteer_id", "volunteer"],
  ["round_template", "zone_ids", "round_template_zone", "template_id", "zone_id", "delivery_zone"],
  ["round_template", "pickup_point_ids", "round_template_pickup_point", "template_id", "pickup_point_id", "pickup_point"],
] as const

/**
 * Rounds' and templates' zones, pickup points and volunteers move from JSON id lists to pivot
 * tables (DML manyToMany), every existing id carried over; a stop's round becomes a
 * real foreign key. An id that names no row (never written by the API, which checks them) cannot
 * be kept under a foreign key and is left out. Down writes the lists back from the pivots.
 */
export class Migration20261201000000 extends Migration {

  override async up(): Promise<void> {
    for (const [owner, column, pivot, ownerKey, otherKey, other] of LISTS) {
      this.addSql(`create table if not exists "${pivot}" ("${ownerKey}" text not null, "${otherKey}" text not null, constraint "${pivot}_pkey" primary key ("${ownerKey}", "${otherKey}"));`);
      this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_${pivot}_${otherKey}" ON "${pivot}" ("${otherKey}");`);
      this.addSql(`alter table if exists "${pivot}" add constraint "${pivot}_${ownerKey}_foreign" foreign key ("${ownerKey}") references "${owner}" ("id") on update cascade on delete cascade;`);
      this.addSql(`alter table if exists "${pivot}" add constraint "${pivot}_${otherKey}_foreign" foreign key ("${otherKey}") references "${other}" ("id") on update cascade on delete cascade;`);
      this.addSql(`insert into "${pivot}" ("${ownerKey}", "${otherKey}")
        select o."id", e."value" from "${owner}" o
          cross join lateral jsonb_array_elements_text(case when jsonb_typeof(o."${column}") = 'array' then o."${column}" else '[]'::jsonb end) e("value")
         where exists (select 1 from "${other}" t where t."id" = e."value")
        on conflict do nothing;`);
      this.addSql(`alter table if exists "${owner}" drop column if exists "${column}";`);
    }
    this.addSql(`alter table if exists "delivery_stop" add constraint "delivery_stop_round_id_foreign" foreign key ("round_id") references "delivery_round" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "delivery_stop" drop constraint if exists "delivery_stop_round_id_foreign";`);
    for (const [owner, column, pivot, ownerKey, otherKey] of LISTS) {
      // volunteer_ids was the one nullable list.
      const nullable = column === "volunteer_ids"
      this.addSql(`alter table if exists "${owner}" add column if not exists "${column}" jsonb null;`);
      this.addSql(`update "${owner}" o set "${column}" = coalesce((select jsonb_agg(p."${otherKey}" order by p."${otherKey}") from "${pivot}" p where p."${ownerKey}" = o."id"), '[]'::jsonb);`);
      if (!nullable) this.addSql(`alter table if exists "${owner}" alter column "${column}" set not null;`);
      this.addSql(`drop table if exists "${pivot}" cascade;`);
    }
  }

}
