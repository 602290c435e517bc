import { Migration } from '@mikro-orm/migrations';

export class Migration20261123000300_contacts extends Migration {
  override name = 'Migration20261123000300_contacts';

  override up(): void | Promise<void> {
    this.addSql(`alter table "actors"."service_at_site" add "contacts" jsonb null;`);

    this.addSql(`alter table "actors"."site" add "contacts" jsonb not null default '[]';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "actors"."service_at_site" drop column "contacts";`);

    this.addSql(`alter table "actors"."site" drop column "contacts";`);
  }
}
