import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, tenantRlsSql } from '../tenant-rls.js';

/**
 * The request role gets only what requests need (tenantRlsSql, as it now reads): full DML with row-level security on
 * tenant tables; read-only national reference data (focus areas, sub-goals, indicators, service areas and their
 * mapping) and municipality rows, which only migrations and seeds, as the owner, write; nothing of the migration log
 * or the failed-login log. Earlier databases had DML on every table and as a default for new ones: taken back here.
 * tests/security/grants.test.ts checks every table.
 */
export class RequestGrantsMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      DO $$
      BEGIN
        EXECUTE 'REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA ' || quote_ident(current_schema()) || ' FROM ${APP_ROLE}';
        EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA ' || quote_ident(current_schema()) || ' REVOKE INSERT, UPDATE, DELETE ON TABLES FROM ${APP_ROLE}';
      END $$;`);
    this.addSql(tenantRlsSql());
  }

  override async down(): Promise<void> {
    this.addSql(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE};`);
  }
}
