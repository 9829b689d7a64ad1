import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE, TENANT_SETTING } from '../tenant-rls.js';

const NO_TENANT = '00000000-0000-0000-0000-000000000000';

/**
 * The session's work as functions of the table owner (SECURITY DEFINER), which the request role may call: a request
 * switches to ${APP_ROLE} in its first round trip and never runs as the owner, yet it can look up its session
 * (before any tenant is known), log in and log out on its own connection, never a second one from the pool.
 *
 * Functions instead of a SQL PREPAREd lookup: a plpgsql function's plans are cached per connection just the same,
 * yet it keeps no session-level state, so it works behind PgBouncer in transaction mode; and it travels in the
 * same simple-protocol message as the BEGIN (a protocol-level named statement would need a round trip of its own).
 * search_path is pinned (schema, then pg_temp) so nobody can shadow a table the functions read.
 */
export class RequestFunctionsMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE FUNCTION likvard_open_request(p_token_hash text)
      RETURNS TABLE (session_id uuid, user_id uuid, user_municipality_id uuid, user_email text, user_name text, user_role text,
                     municipality_code text, municipality_name text, municipality_budget_year int, tenant text)
      LANGUAGE plpgsql SECURITY DEFINER AS $$
      #variable_conflict use_column
      DECLARE
        v_stale boolean;
      BEGIN
        SELECT s.id, u.id, u.municipality_id, u.email, u.name, u.role, m.code, m.name, m.budget_year,
               s.last_seen_at < now() - interval '1 minute'
          INTO session_id, user_id, user_municipality_id, user_email, user_name, user_role,
               municipality_code, municipality_name, municipality_budget_year, v_stale
          FROM user_session s JOIN app_user u ON u.id = s.user_id JOIN municipality m ON m.id = u.municipality_id
         WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active;
        tenant := set_config('${TENANT_SETTING}', coalesce(user_municipality_id::text, '${NO_TENANT}'), true);
        -- At most one write a minute per session: enough to see who is active without a write on every request.
        IF v_stale THEN
          UPDATE user_session SET last_seen_at = now() WHERE id = session_id;
        END IF;
        RETURN NEXT;
      END $$;`);
    // Failed logins are counted per key: per client (address + IP), per address (a slower ceiling, so that nobody
    // can lock a politician out from one machine) and per IP; attempts for one address wait for each other (a
    // transaction-level advisory lock held until the request ends): ten at once are checked one after another,
    // never all against a count of none. p_limits holds, for each kind, its count and window in minutes.
    this.addSql(`
      CREATE FUNCTION likvard_login_begin(p_email text, p_ip text, p_limits jsonb)
      RETURNS TABLE (limited boolean, user_id uuid, user_municipality_id uuid, user_email text, user_name text, user_role text,
                     user_active boolean, password_hash text)
      LANGUAGE plpgsql SECURITY DEFINER AS $$
      #variable_conflict use_column
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('likvard_login:' || p_email));
        SELECT bool_or(l.count >= (p_limits -> l.kind ->> 'max')::int) INTO limited
          FROM (SELECT k.kind, (SELECT count(*) FROM login_failure f
                                 WHERE f.key = k.key
                                   AND f.failed_at > now() - make_interval(mins => (p_limits -> k.kind ->> 'minutes')::int)) AS count
                  FROM (VALUES ('client', 'client:' || p_email || '|' || p_ip), ('email', 'email:' || p_email), ('ip', 'ip:' || p_ip)) AS k (kind, key)) AS l;
        IF NOT limited THEN
          SELECT u.id, u.municipality_id, u.email, u.name, u.role, u.active, u.password_hash
            INTO user_id, user_municipality_id, user_email, user_name, user_role, user_active, password_hash
            FROM app_user u WHERE u.email = p_email;
        END IF;
        RETURN NEXT;
      END $$;`);
    this.addSql(`
      CREATE FUNCTION likvard_login_failed(p_email text, p_ip text, p_keep_minutes int) RETURNS void
      LANGUAGE sql SECURITY DEFINER AS $$
        DELETE FROM login_failure
         WHERE key IN ('client:' || p_email || '|' || p_ip, 'email:' || p_email, 'ip:' || p_ip) AND failed_at <= now() - make_interval(mins => p_keep_minutes);
        INSERT INTO login_failure (key) VALUES ('client:' || p_email || '|' || p_ip), ('email:' || p_email), ('ip:' || p_ip);
      $$;`);
    // Opens the session and names the user's municipality as the tenant for the rest of the request.
    this.addSql(`
      CREATE FUNCTION likvard_login_succeeded(p_email text, p_ip text, p_token_hash text, p_user_id uuid, p_expires_at timestamptz) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER AS $$
      DECLARE
        v_municipality_id uuid;
      BEGIN
        SELECT municipality_id INTO STRICT v_municipality_id FROM app_user WHERE id = p_user_id AND active;
        -- The client's own failures are forgiven; the address's ceiling and the IP's count stay.
        DELETE FROM login_failure WHERE key = 'client:' || p_email || '|' || p_ip;
        INSERT INTO user_session (token_hash, user_id, municipality_id, expires_at) VALUES (p_token_hash, p_user_id, v_municipality_id, p_expires_at);
        PERFORM set_config('${TENANT_SETTING}', v_municipality_id::text, true);
      END $$;`);
    this.addSql(`
      CREATE FUNCTION likvard_logout(p_token_hash text) RETURNS boolean
      LANGUAGE sql SECURITY DEFINER AS $$
        WITH revoked AS (UPDATE user_session SET revoked_at = now() WHERE token_hash = p_token_hash AND revoked_at IS NULL RETURNING 1)
        SELECT count(*) > 0 FROM revoked;
      $$;`);
    this.addSql(`
      DO $$
      DECLARE
        f text;
      BEGIN
        FOREACH f IN ARRAY ARRAY['likvard_open_request(text)', 'likvard_login_begin(text, text, jsonb)',
                                 'likvard_login_failed(text, text, int)', 'likvard_login_succeeded(text, text, text, uuid, timestamptz)',
                                 'likvard_logout(text)']
        LOOP
          EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
          EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
          EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO ${APP_ROLE}', f);
        END LOOP;
      END $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`DROP FUNCTION likvard_open_request(text), likvard_login_begin(text, text, jsonb), likvard_login_failed(text, text, int),
      likvard_login_succeeded(text, text, text, uuid, timestamptz), likvard_logout(text);`);
  }
}
