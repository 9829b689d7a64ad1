import { Migration } from '@mikro-orm/migrations';
import { tenantRlsSql } from '../tenant-rls.js';

/**
 * A municipality's own values of the scenario model's assumptions (api/src/model/assumptions.ts), as versions:
 * every change is a new row (who, when, why), never an update, so the history is the table itself. The current
 * value of an assumption is its highest version; an assumption without rows uses the model's default (version 0).
 * The unique key refuses two concurrent writers of the same next version: the later one gets CONFLICT.
 */
export class AssumptionsMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE assumption_version (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        assumption_id text NOT NULL CHECK (assumption_id ~ '^[a-zA-Z0-9]{1,60}$'),
        version integer NOT NULL CHECK (version >= 1),
        value double precision NOT NULL,
        source text NOT NULL CHECK (length(source) BETWEEN 1 AND 1000),
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (municipality_id, assumption_id, version)
      );`);
    this.addSql(tenantRlsSql());
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE assumption_version;');
  }
}
