import { Migration } from '@mikro-orm/migrations';

/** The needs vocabulary (seeded from services/actors/data/needs.json, extended by admins). */
export class Migration20261129000000_needs extends Migration {
  override name = 'Migration20261129000000_needs';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "actors"."need" ("code" text not null, "label_fr" text not null, "label_nl" text not null, "words_fr" text[] not null, "words_nl" text[] not null, "links" jsonb not null, "sources" text[] not null, primary key ("code"));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "actors"."need" cascade;`);
  }
}
