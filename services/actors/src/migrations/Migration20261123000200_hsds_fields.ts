import { Migration } from '@mikro-orm/migrations';

export class Migration20261123000200_hsds_fields extends Migration {
  override name = 'Migration20261123000200_hsds_fields';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "actors"."organisation" add "alternate_name_fr" text null, add "alternate_name_nl" text null, add "parent_organisation_id" text null;`,
    );

    this.addSql(
      `alter table "actors"."service" add "eligibility_fr" text null, add "eligibility_nl" text null, add "how_to_apply_fr" text null, add "how_to_apply_nl" text null, add "cost_fr" text null, add "cost_nl" text null;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "actors"."organisation" drop column "alternate_name_fr", drop column "alternate_name_nl", drop column "parent_organisation_id";`,
    );

    this.addSql(
      `alter table "actors"."service" drop column "eligibility_fr", drop column "eligibility_nl", drop column "how_to_apply_fr", drop column "how_to_apply_nl", drop column "cost_fr", drop column "cost_nl";`,
    );
  }
}
