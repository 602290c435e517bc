import { Migration } from '@mikro-orm/migrations';

export class Migration20261123000000_initial extends Migration {
  override name = 'Migration20261123000000_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "territories";`);
    this.addSql(
      `create table "territories"."groupement_dataset" ("id" text not null, "kind" text not null, "name" text not null, "source" text not null, "unit_layer" text not null, "groupement_count" int not null, "active" boolean not null, "loaded_at" timestamptz not null, "loaded_by" text not null, primary key ("id"));`,
    );

    this.addSql(
      `create table "territories"."membership" ("child_id" text not null, "parent_id" text not null, "child_layer" text not null, "parent_layer" text not null, "share" double precision not null, "confidence" text not null, "method" text not null, "note" text null, primary key ("child_id", "parent_id"));`,
    );
    this.addSql(
      `create index "membership_parent_id_child_layer_index" on "territories"."membership" ("parent_id", "child_layer");`,
    );

    this.addSql(
      `create table "territories"."territory" ("id" text not null, "layer" text not null, "code" text not null, "name_fr" text not null, "name_nl" text not null, "area_m2" double precision not null, "centroid_lon" double precision not null, "centroid_lat" double precision not null, "current" boolean not null default true, "geometry" jsonb null, "geometry_simplified" jsonb null, "source_url" text null, "dataset_id" text null, "clss_status" text null, "indicators" jsonb null, "rank_sum" int null, "priority_order" int null, "mapping_confidence" text null, "note" text null, "source" text null, "kind" text null, "sub_municipality_code" text null, "sub_municipality_fr" text null, "sub_municipality_nl" text null, primary key ("id"));`,
    );
    this.addSql(`create index "territory_layer_index" on "territories"."territory" ("layer");`);
    this.addSql(
      `create index "territory_layer_code_index" on "territories"."territory" ("layer", "code");`,
    );

    this.addSql(
      `alter table "territories"."groupement_dataset" add constraint "groupement_dataset_kind_check" check ("kind" in ('OFFICIAL', 'PROVISIONAL'));`,
    );
    this.addSql(
      `alter table "territories"."groupement_dataset" add constraint "groupement_dataset_unit_layer_check" check ("unit_layer" in ('REGION', 'BASSIN', 'COMMUNE', 'GROUPEMENT', 'QUARTIER', 'SECTOR'));`,
    );

    this.addSql(
      `alter table "territories"."membership" add constraint "membership_child_layer_check" check ("child_layer" in ('REGION', 'BASSIN', 'COMMUNE', 'GROUPEMENT', 'QUARTIER', 'SECTOR'));`,
    );
    this.addSql(
      `alter table "territories"."membership" add constraint "membership_parent_layer_check" check ("parent_layer" in ('REGION', 'BASSIN', 'COMMUNE', 'GROUPEMENT', 'QUARTIER', 'SECTOR'));`,
    );
    this.addSql(
      `alter table "territories"."membership" add constraint "membership_confidence_check" check ("confidence" in ('STATED', 'INFERRED', 'UNCERTAIN'));`,
    );
    this.addSql(
      `alter table "territories"."membership" add constraint "membership_method_check" check ("method" in ('OFFICIAL_CODE', 'AREA_OVERLAP', 'SOURCE', 'ASSIGNMENT', 'IMPORT', 'PROVISIONAL_MAPPING'));`,
    );

    this.addSql(
      `alter table "territories"."territory" add constraint "territory_layer_check" check ("layer" in ('REGION', 'BASSIN', 'COMMUNE', 'GROUPEMENT', 'QUARTIER', 'SECTOR'));`,
    );
    this.addSql(
      `alter table "territories"."territory" add constraint "territory_clss_status_check" check ("clss_status" in ('EXISTING', 'NEW', 'REFERENT_QUARTIER', 'NONE', 'UNKNOWN'));`,
    );
    this.addSql(
      `alter table "territories"."territory" add constraint "territory_mapping_confidence_check" check ("mapping_confidence" in ('EXACT_NAME', 'LIKELY', 'UNCERTAIN'));`,
    );
    this.addSql(
      `alter table "territories"."territory" add constraint "territory_kind_check" check ("kind" in ('INHABITED', 'PARK', 'INDUSTRIAL', 'CEMETERY'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "territories"."groupement_dataset" cascade;`);
    this.addSql(`drop table if exists "territories"."membership" cascade;`);
    this.addSql(`drop table if exists "territories"."territory" cascade;`);

    this.addSql(`drop schema if exists "territories";`);
  }
}
