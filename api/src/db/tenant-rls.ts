/** The role every GraphQL request switches to (`SET LOCAL ROLE`): not the table owner, no BYPASSRLS. */
export const APP_ROLE = 'likvard_app';

/** The transaction-local setting that names the caller's municipality for the row-level security policies. */
export const TENANT_SETTING = 'likvard.municipality_id';

/**
 * Creates the request role once per cluster (roles are cluster-wide and many databases, e.g. the tests', share a
 * server, so two migrations may race: the loser's duplicate is ignored) and lets the migrating user switch to it.
 */
export function appRoleSql(): string {
  return `
    DO $$
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
        BEGIN
          CREATE ROLE ${APP_ROLE} NOLOGIN NOBYPASSRLS;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
      END IF;
      IF NOT pg_has_role(current_user, '${APP_ROLE}', 'MEMBER') THEN
        EXECUTE format('GRANT ${APP_ROLE} TO %I', current_user);
      END IF;
    END $$;`;
}

/**
 * Row-level security on every table of the current schema that has a municipality_id column (and on municipality
 * itself, whose id is the tenant), found from information_schema so a table added later only has to run this again
 * in its migration. Idempotent. The table owner (migrations, seeds) bypasses it; requests run as ${APP_ROLE}.
 * A test fails when a table with municipality_id is left without it.
 */
export function tenantRlsSql(): string {
  const tenant = `current_setting('${TENANT_SETTING}', true)::uuid`;
  return `
    DO $$
    DECLARE
      t record;
    BEGIN
      -- Requests read every table but write only tenant tables (granted in the loop below, with row-level security):
      -- the national reference data, the municipality rows and anything else are the owner's to write.
      EXECUTE 'GRANT USAGE ON SCHEMA ' || quote_ident(current_schema()) || ' TO ${APP_ROLE}';
      EXECUTE 'GRANT SELECT ON ALL TABLES IN SCHEMA ' || quote_ident(current_schema()) || ' TO ${APP_ROLE}';
      EXECUTE 'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ' || quote_ident(current_schema()) || ' TO ${APP_ROLE}';
      -- Tables the owner creates later can be read by requests; to write one, it must be a tenant table and its
      -- migration must run this again (a test checks that every tenant table has its policy).
      EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA ' || quote_ident(current_schema()) || ' GRANT SELECT ON TABLES TO ${APP_ROLE}';
      EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA ' || quote_ident(current_schema()) || ' GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE}';
      -- The failed-login log is the login functions' alone; the migration log is nobody's but the owner's.
      IF to_regclass('login_failure') IS NOT NULL THEN
        REVOKE ALL ON login_failure FROM ${APP_ROLE};
      END IF;
      IF to_regclass('mikro_orm_migrations') IS NOT NULL THEN
        REVOKE ALL ON mikro_orm_migrations FROM ${APP_ROLE};
      END IF;
      FOR t IN
        SELECT c.table_name
          FROM information_schema.columns c
          JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
         WHERE c.table_schema = current_schema() AND c.column_name = 'municipality_id' AND tb.table_type = 'BASE TABLE'
      LOOP
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO ${APP_ROLE}', t.table_name);
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.table_name);
        IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = current_schema() AND tablename = t.table_name AND policyname = 'tenant_isolation') THEN
          EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (municipality_id = ${tenant.replace(/'/g, "''")}) WITH CHECK (municipality_id = ${tenant.replace(/'/g, "''")})', t.table_name);
        END IF;
      END LOOP;
      ALTER TABLE municipality ENABLE ROW LEVEL SECURITY;
      IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = current_schema() AND tablename = 'municipality' AND policyname = 'tenant_isolation') THEN
        CREATE POLICY tenant_isolation ON municipality USING (id = ${tenant}) WITH CHECK (id = ${tenant});
      END IF;
    END $$;`;
}
