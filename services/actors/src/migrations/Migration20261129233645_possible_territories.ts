import { Migration } from '@mikro-orm/migrations';

export class Migration20261129233645_possible_territories extends Migration {
  override name = 'Migration20261129233645_possible_territories';

  override up(): void | Promise<void> {
    this.addSql(`alter table "actors"."site" drop constraint "site_position_precision_check";`);
    this.addSql(
      `alter table "actors"."site" add "possible_territory_ids" text[] not null default '{}';`,
    );
    this.addSql(
      `create index "site_possible_territory_ids_index" on "actors"."site" using gin ("possible_territory_ids");`,
    );
    this.addSql(
      `alter table "actors"."site" add constraint "site_position_precision_check" check ("position_precision" in ('POINT', 'SUB_MUNICIPALITY', 'COMMUNE'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "actors"."site_possible_territory_ids_index";`);
    this.addSql(`alter table "actors"."site" drop constraint "site_position_precision_check";`);
    this.addSql(`alter table "actors"."site" drop column "possible_territory_ids";`);
    this.addSql(
      `alter table "actors"."site" add constraint "site_position_precision_check" check ("position_precision" in ('POINT', 'COMMUNE'));`,
    );
  }
}
