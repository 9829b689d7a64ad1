import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes the national data set showed were missing (pnpm bench:explain, docs/scaling.md): the overview's key
 * figures sum a municipality's support posts, and the posts loader reads them by municipality and unit; the only
 * index led by support_unit_id, so both scanned every municipality's posts.
 */
export class ScaleMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql('CREATE INDEX support_post_municipality_idx ON support_post (municipality_id, support_unit_id, sort_order);');
  }

  override async down(): Promise<void> {
    this.addSql('DROP INDEX support_post_municipality_idx;');
  }
}
