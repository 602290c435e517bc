import { Migration } from '@mikro-orm/migrations';

export class Migration20261123150000_collaborations extends Migration {
  override name = 'Migration20261123150000_collaborations';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "collaborations";`);
    this.addSql(
      `create table "collaborations"."member" ("id" bigserial primary key, "owner_id" text not null, "body" text not null, "role" text not null, "organisation_id" text null, "service_id" text null, "person_name" text null, "person_contact" text null, "note" text null, "position" int not null);`,
    );
    this.addSql(
      `create index "member_organisation_id_index" on "collaborations"."member" ("organisation_id");`,
    );
    this.addSql(
      `create index "member_owner_id_body_index" on "collaborations"."member" ("owner_id", "body");`,
    );

    this.addSql(
      `create table "collaborations"."convention" ("id" text not null, "version" int not null default 1, "synthetic" boolean not null default false, "source" text not null, "note" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "archived_at" timestamptz null, "kind" text not null, "object_fr" text not null, "object_nl" text null, "start_date" date null, "end_date" date null, primary key ("id"));`,
    );

    this.addSql(
      `create table "collaborations"."integrated_centre" ("id" text not null, "version" int not null default 1, "synthetic" boolean not null default false, "source" text not null, "note" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "archived_at" timestamptz null, "name_fr" text not null, "name_nl" text null, "status" text not null, "administrative_model" text null, "territory_id" text null, "territory_ids" text[] not null, "staffing" jsonb not null, "mission_coverage" jsonb not null, "integration_criteria" jsonb not null, "specialised_missions" jsonb not null, "inclusive_function" jsonb null, primary key ("id"));`,
    );

    this.addSql(
      `create table "collaborations"."local_social_health_contract" ("id" text not null, "version" int not null default 1, "synthetic" boolean not null default false, "source" text not null, "note" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "archived_at" timestamptz null, "name_fr" text not null, "name_nl" text null, "groupement_id" text not null, "territory_ids" text[] not null, "host_organisation_id" text null, "status" text not null, "period_start" date null, "period_end" date null, "yearly_funding" double precision null, "groupement_referent" jsonb null, "deliverables" jsonb not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "local_social_health_contract_groupement_id_index" on "collaborations"."local_social_health_contract" ("groupement_id");`,
    );

    this.addSql(
      `create table "collaborations"."network" ("id" text not null, "version" int not null default 1, "synthetic" boolean not null default false, "source" text not null, "note" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "archived_at" timestamptz null, "name_fr" text not null, "name_nl" text null, "territory_id" text null, "territory_ids" text[] not null, primary key ("id"));`,
    );

    this.addSql(
      `create table "collaborations"."quartier_referent" ("id" text not null, "version" int not null default 1, "synthetic" boolean not null default false, "source" text not null, "note" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "archived_at" timestamptz null, "commune_id" text not null, "organisation_id" text null, "person_name" text null, "person_contact" text null, primary key ("id"));`,
    );
    this.addSql(
      `create index "quartier_referent_commune_id_index" on "collaborations"."quartier_referent" ("commune_id");`,
    );

    this.addSql(
      `create table "collaborations"."regional_committee" ("id" text not null, "version" int not null default 1, "synthetic" boolean not null default false, "source" text not null, "note" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "archived_at" timestamptz null, "name_fr" text not null, "name_nl" text not null, primary key ("id"));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "collaborations"."member" cascade;`);
    this.addSql(`drop table if exists "collaborations"."convention" cascade;`);
    this.addSql(`drop table if exists "collaborations"."integrated_centre" cascade;`);
    this.addSql(`drop table if exists "collaborations"."local_social_health_contract" cascade;`);
    this.addSql(`drop table if exists "collaborations"."network" cascade;`);
    this.addSql(`drop table if exists "collaborations"."quartier_referent" cascade;`);
    this.addSql(`drop table if exists "collaborations"."regional_committee" cascade;`);

    this.addSql(`drop schema if exists "collaborations";`);
  }
}
