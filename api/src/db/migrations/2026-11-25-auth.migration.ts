import { Migration } from '@mikro-orm/migrations';
import { appRoleSql, tenantRlsSql } from '../tenant-rls.js';

/**
 * Accounts, sessions and failed-login counting; then the request role and row-level security on every tenant
 * table (the foundation's and these).
 */
export class AuthMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        email text NOT NULL UNIQUE CHECK (email = lower(email) AND email LIKE '%_@_%'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        role text NOT NULL CHECK (role IN ('VIEWER', 'ANALYST', 'EDITOR', 'ADMIN')),
        password_hash text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );`);
    this.addSql(`CREATE INDEX app_user_municipality_idx ON app_user (municipality_id, email);`);
    this.addSql(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      );`);
    this.addSql(`CREATE INDEX user_session_user_idx ON user_session (user_id) WHERE revoked_at IS NULL;`);
    // Failed logins, per key ('email:<address>' or 'ip:<address>'): the rate limit lives in the database because
    // the API runs as many stateless replicas. Not tenant data: it is read before anyone is known.
    this.addSql(`
      CREATE TABLE login_failure (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        key text NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now()
      );`);
    this.addSql(`CREATE INDEX login_failure_key_idx ON login_failure (key, failed_at);`);
    this.addSql(appRoleSql());
    this.addSql(tenantRlsSql());
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE login_failure, user_session, app_user;');
    for (const table of ['municipality', 'school_unit', 'school_year_fact', 'support_unit', 'support_post']) {
      this.addSql(`DROP POLICY IF EXISTS tenant_isolation ON ${table}; ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY;`);
    }
  }
}
