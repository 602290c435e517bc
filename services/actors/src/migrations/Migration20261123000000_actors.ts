import { Migration } from '@mikro-orm/migrations';

/**
 * The actors schema. It created the change log too until the change log moved to common's
 * events module (which every subgraph's migrate runs first): those statements left it, so a fresh
 * database gets the log from there, and a database this migrated already has it.
 */
export class Migration20261123000000_actors extends Migration {
  override name = 'Migration20261123000000_actors';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "actors";`);

    this.addSql(
      `create table "actors"."organisation" ("id" text not null, "version" int not null default 1, "synthetic" boolean not null default false, "source" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "verified_at" timestamptz null, "verified_by" text null, "archived_at" timestamptz null, "name_fr" text null, "name_nl" text null, "description_fr" text null, "description_nl" text null, "legal_status" text null, "enterprise_number" text null, "website" text null, "email" text null, "phones" text[] not null, "agrements" jsonb null, "external_id" text null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "actors"."organisation" add constraint "organisation_external_id_unique" unique ("external_id");`,
    );

    this.addSql(
      `create table "actors"."service" ("id" text not null, "version" int not null default 1, "synthetic" boolean not null default false, "source" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "verified_at" timestamptz null, "verified_by" text null, "archived_at" timestamptz null, "organisation_id" text not null, "type_codes" text[] not null, "name_fr" text null, "name_nl" text null, "description_fr" text null, "description_nl" text null, "public_codes" text[] not null, "languages" text[] not null, "minimum_age" int null, "maximum_age" int null, "low_threshold" boolean not null default false, "without_appointment" boolean not null default false, "free" boolean not null default false, "accepts_uninsured" boolean not null default false, "accepts_amu" boolean not null default false, "anonymous" boolean not null default false, "status" text not null default 'ACTIVE', "service_area_ids" text[] not null, "external_id" text null, primary key ("id"));`,
    );
    this.addSql(
      `create index "service_organisation_id_index" on "actors"."service" ("organisation_id");`,
    );
    this.addSql(
      `alter table "actors"."service" add constraint "service_external_id_unique" unique ("external_id");`,
    );
    this.addSql(
      `create index "service_service_area_ids_index" on "actors"."service" using gin ("service_area_ids");`,
    );
    this.addSql(
      `create index "service_type_codes_index" on "actors"."service" using gin ("type_codes");`,
    );

    this.addSql(
      `create table "actors"."service_at_site" ("service_id" text not null, "site_id" text not null, "opening_hours" jsonb null, primary key ("service_id", "site_id"));`,
    );

    this.addSql(
      `create table "actors"."site" ("id" text not null, "version" int not null default 1, "synthetic" boolean not null default false, "source" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "verified_at" timestamptz null, "verified_by" text null, "archived_at" timestamptz null, "organisation_id" text not null, "name_fr" text null, "name_nl" text null, "street_fr" text null, "street_nl" text null, "number" text null, "postcode" text null, "commune_nis" text not null, "latitude" double precision null, "longitude" double precision null, "position_precision" text not null default 'COMMUNE', "phones" text[] not null, "accessibility" text null, "opening_hours" jsonb null, "territory_ids" text[] not null, "territories_computed_at" timestamptz null, "external_id" text null, primary key ("id"));`,
    );
    this.addSql(
      `create index "site_organisation_id_index" on "actors"."site" ("organisation_id");`,
    );
    this.addSql(
      `alter table "actors"."site" add constraint "site_external_id_unique" unique ("external_id");`,
    );
    this.addSql(
      `create index "site_territory_ids_index" on "actors"."site" using gin ("territory_ids");`,
    );

    this.addSql(
      `create table "actors"."taxonomy_term" ("taxonomy" text not null, "code" text not null, "label_fr" text not null, "label_nl" text not null, primary key ("taxonomy", "code"));`,
    );

    this.addSql(
      `alter table "actors"."service" add constraint "service_status_check" check ("status" in ('ACTIVE', 'INACTIVE', 'DEFUNCT', 'TEMPORARILY_CLOSED'));`,
    );

    this.addSql(
      `alter table "actors"."site" add constraint "site_position_precision_check" check ("position_precision" in ('POINT', 'COMMUNE'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "actors"."organisation" cascade;`);
    this.addSql(`drop table if exists "actors"."service" cascade;`);
    this.addSql(`drop table if exists "actors"."service_at_site" cascade;`);
    this.addSql(`drop table if exists "actors"."site" cascade;`);
    this.addSql(`drop table if exists "actors"."taxonomy_term" cascade;`);

    this.addSql(`drop schema if exists "actors";`);
  }
}
