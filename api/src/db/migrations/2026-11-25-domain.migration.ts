import { Migration } from '@mikro-orm/migrations';


/** The national digitalisation strategy for the school system (Utbildningsdepartementet 2017), paraphrased. */
export const FOCUS_AREAS: readonly [code: string, title: string][] = [
  ['1', 'Digital kompetens för alla i skolväsendet'],
  ['2', 'Likvärdig tillgång och användning'],
  ['3', 'Forskning och uppföljning kring digitaliseringens möjligheter'],
];

export const SUB_GOALS: readonly [code: string, focusArea: string, title: string][] = [
  ['1.1', '1', 'Barn och elever ges i alla delar av skolväsendet förutsättningar att utveckla adekvat digital kompetens'],
  ['1.2', '1', 'Förskolechefer, rektorer och huvudmän kan strategiskt leda det digitala utvecklingsarbetet'],
  ['1.3', '1', 'Personal som arbetar med barn och elever har kompetens att välja och använda digitala verktyg i utbildningen'],
  ['2.1', '2', 'Barn, elever och personal har tillgång till digitala verktyg utifrån sina behov och förutsättningar'],
  ['2.2', '2', 'Det finns ändamålsenlig infrastruktur samt teknisk och pedagogisk support i verksamheten'],
  ['2.3', '2', 'Det finns tillgång till digitala lärresurser och verktyg som stödjer undervisningen'],
  ['2.4', '2', 'Digitaliseringen används för att effektivisera verksamheten och minska den administrativa bördan'],
  ['3.1', '3', 'Forskning om digitaliseringens möjligheter bedrivs och kommer skolväsendet till del'],
  ['3.2', '3', 'Digitaliseringens effekter på verksamheten följs upp och utvärderas'],
];

/** The central support unit's service areas, in display order. */
export const SERVICE_AREAS: readonly [code: string, title: string][] = [
  ['PEDAGOGICAL_SUPPORT', 'Pedagogiskt IT-stöd'],
  ['TRAINING', 'Utbildning och handledning (moduler i digital kompetens)'],
  ['PLATFORM_ADMIN', 'Lärplattform och systemförvaltning'],
  ['ASSISTIVE_TOOLS', 'Digitala hjälpmedel (skoldatatek)'],
  ['PROCUREMENT', 'Upphandling och beställarkompetens'],
  ['DATA_PROTECTION', 'Dataskydd (GDPR)'],
];

/**
 * Which sub-goals each service area's work serves (DESIGN.md: training → 1.3, support → 2.2, assistive tools →
 * 2.1, platform → 2.3/2.4, follow-up → 3.2). Follow-up has no service area of its own: the platform's
 * administration produces the data it rests on, so 3.2 sits with PLATFORM_ADMIN. Procurement serves access to
 * devices (2.1) and data protection a secure infrastructure (2.2).
 */
export const SERVICE_AREA_SUB_GOALS: readonly [serviceArea: string, subGoal: string][] = [
  ['PEDAGOGICAL_SUPPORT', '2.2'],
  ['TRAINING', '1.3'],
  ['ASSISTIVE_TOOLS', '2.1'],
  ['PLATFORM_ADMIN', '2.3'],
  ['PLATFORM_ADMIN', '2.4'],
  ['PLATFORM_ADMIN', '3.2'],
  ['PROCUREMENT', '2.1'],
  ['DATA_PROTECTION', '2.2'],
];

/** Indicator definitions: Kolada KPI ids where Kolada has the measure, own ids (LIKV_*) otherwise. */
export const INDICATORS: readonly [id: string, name: string, unit: string, higherIsBetter: boolean, subGoal: string | null, source: string][] = [
  ['N15419', 'Elever i åk 9 som uppnått kunskapskraven i alla ämnen, kommunala skolor, andel (%)', 'PERCENT', true, '1.1', 'Kolada (Skolverket)'],
  ['N15505', 'Elever i åk 9, genomsnittligt meritvärde (17 ämnen), kommunala skolor', 'MERIT_POINTS', true, '1.1', 'Kolada (Skolverket)'],
  ['LIKV_LIKA_LEDNING', 'LIKA självskattning: ledning (nivå 1–4)', 'LEVEL_1_4', true, '1.2', 'Skolans självskattning i SKR:s LIKA-verktyg'],
  ['LIKV_LIKA_KOMPETENS', 'LIKA självskattning: kompetens (nivå 1–4)', 'LEVEL_1_4', true, '1.3', 'Skolans självskattning i SKR:s LIKA-verktyg'],
  ['LIKV_LIKA_INFRASTRUKTUR', 'LIKA självskattning: infrastruktur (nivå 1–4)', 'LEVEL_1_4', true, '2.2', 'Skolans självskattning i SKR:s LIKA-verktyg'],
  ['LIKV_LIKA_ANVANDNING', 'LIKA självskattning: användning (nivå 1–4)', 'LEVEL_1_4', true, '2.3', 'Skolans självskattning i SKR:s LIKA-verktyg'],
  ['LIKV_PERSONAL_MODULER', 'Pedagogisk personal som genomgått Skolverkets moduler i digital kompetens, andel (%)', 'PERCENT', true, '1.3', 'Kommunens kompetensuppföljning'],
  ['LIKV_TACKNING_1TILL1', 'Elever i åk 7–9 och gymnasiet med egen elevdator (1:1), andel (%)', 'PERCENT', true, '2.1', 'Kommunens enhetsregister (leasingavtal)'],
];

const literal = (value: string | null) => (value === null ? 'NULL' : `'${value.replaceAll("'", "''")}'`);
const values = (rows: readonly (readonly (string | number | boolean | null)[])[]) =>
  rows.map((row) => `(${row.map((v) => (typeof v === 'string' || v === null ? literal(v) : String(v))).join(', ')})`).join(',\n');

/**
 * The domain: pupils per grade band and local IT support per school and year, budget lines, device fleets,
 * the support posts' time split over service areas, the national strategy's goals (reference data, not
 * tenant-scoped), the municipality's own goals with yearly targets, indicators and their values per school.
 * Every tenant table carries municipality_id with an index that leads by it.
 */
export class DomainMigration extends Migration {
  override async up(): Promise<void> {
    // Pupils per grade band: 1:1 coverage needs the pupils of the years the programme covers. Existing rows
    // (none in practice) keep all their pupils in "other" until they are re-imported.
    this.addSql(`
      ALTER TABLE school_year_fact
        ADD COLUMN pupils_preschool integer NOT NULL DEFAULT 0 CHECK (pupils_preschool >= 0),
        ADD COLUMN pupils_f_3 integer NOT NULL DEFAULT 0 CHECK (pupils_f_3 >= 0),
        ADD COLUMN pupils_4_6 integer NOT NULL DEFAULT 0 CHECK (pupils_4_6 >= 0),
        ADD COLUMN pupils_7_9 integer NOT NULL DEFAULT 0 CHECK (pupils_7_9 >= 0),
        ADD COLUMN pupils_upper_secondary integer NOT NULL DEFAULT 0 CHECK (pupils_upper_secondary >= 0),
        ADD COLUMN pupils_other integer NOT NULL DEFAULT 0 CHECK (pupils_other >= 0),
        ADD COLUMN has_local_it_coordinator boolean NOT NULL DEFAULT false,
        ADD COLUMN superusers integer NOT NULL DEFAULT 0 CHECK (superusers >= 0);`);
    this.addSql(`UPDATE school_year_fact SET pupils_other = pupils;`);
    this.addSql(`
      ALTER TABLE school_year_fact ADD CONSTRAINT school_year_fact_bands_sum CHECK (
        pupils_preschool + pupils_f_3 + pupils_4_6 + pupils_7_9 + pupils_upper_secondary + pupils_other = pupils);`);

    this.addSql(`
      CREATE TABLE budget_line (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        school_unit_id uuid REFERENCES school_unit (id) ON DELETE CASCADE,
        category text NOT NULL CHECK (category IN
          ('PERSONNEL','DEVICES','LICENCES_SYSTEMS','COMPETENCE_DEVELOPMENT','INFRASTRUCTURE','SUPPORT')),
        kind text NOT NULL CHECK (kind IN ('BUDGET','OUTCOME','FORECAST')),
        amount_sek bigint NOT NULL CHECK (amount_sek BETWEEN 0 AND 9007199254740991),
        note text
      );`);
    // school_unit_id NULL = the central unit; one line per owner, category, kind and year.
    this.addSql(`CREATE UNIQUE INDEX budget_line_key ON budget_line
      (municipality_id, year, kind, category, coalesce(school_unit_id, '00000000-0000-0000-0000-000000000000'::uuid));`);
    this.addSql(`CREATE INDEX budget_line_unit_idx ON budget_line (municipality_id, school_unit_id, year);`);

    this.addSql(`
      CREATE TABLE device_fleet (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        school_unit_id uuid NOT NULL REFERENCES school_unit (id) ON DELETE CASCADE,
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        device_type text NOT NULL CHECK (device_type IN ('CHROMEBOOK','IPAD','PC')),
        user_group text NOT NULL CHECK (user_group IN
          ('PRESCHOOL','PUPILS_F_3','PUPILS_4_6','PUPILS_7_9','PUPILS_UPPER_SECONDARY','PUPILS_OTHER','STAFF')),
        device_count integer NOT NULL CHECK (device_count >= 0),
        lease_cost_per_month_sek integer NOT NULL CHECK (lease_cost_per_month_sek >= 0),
        lease_term_months integer NOT NULL CHECK (lease_term_months BETWEEN 1 AND 120),
        lease_start_year integer NOT NULL CHECK (lease_start_year BETWEEN 2000 AND 2100),
        replacement_cycle_years integer NOT NULL CHECK (replacement_cycle_years BETWEEN 1 AND 10),
        one_to_one boolean NOT NULL DEFAULT false,
        CHECK (NOT one_to_one OR user_group <> 'STAFF')
      );`);
    this.addSql(`CREATE INDEX device_fleet_year_idx ON device_fleet (municipality_id, year, school_unit_id);`);
    this.addSql(`CREATE INDEX device_fleet_unit_idx ON device_fleet (municipality_id, school_unit_id, year);`);

    // Reference data shared by every municipality: no municipality_id, read-only for tenants.
    this.addSql(`
      CREATE TABLE focus_area (
        code text PRIMARY KEY CHECK (code ~ '^[1-9]$'),
        title text NOT NULL
      );`);
    this.addSql(`
      CREATE TABLE sub_goal (
        code text PRIMARY KEY CHECK (code ~ '^[1-9]\\.[1-9]$'),
        focus_area_code text NOT NULL REFERENCES focus_area (code),
        title text NOT NULL
      );`);
    this.addSql(`
      CREATE TABLE service_area (
        code text PRIMARY KEY,
        title text NOT NULL,
        sort_order integer NOT NULL
      );`);
    this.addSql(`
      CREATE TABLE service_area_sub_goal (
        service_area_code text NOT NULL REFERENCES service_area (code),
        sub_goal_code text NOT NULL REFERENCES sub_goal (code),
        PRIMARY KEY (service_area_code, sub_goal_code)
      );`);
    this.addSql(`
      CREATE TABLE indicator (
        id text PRIMARY KEY CHECK (id ~ '^[A-Z0-9_]{2,40}$'),
        name text NOT NULL,
        unit text NOT NULL CHECK (unit IN ('PERCENT','MERIT_POINTS','LEVEL_1_4')),
        higher_is_better boolean NOT NULL,
        sub_goal_code text REFERENCES sub_goal (code),
        source text NOT NULL
      );`);

    this.addSql(`INSERT INTO focus_area (code, title) VALUES ${values(FOCUS_AREAS)};`);
    this.addSql(`INSERT INTO sub_goal (code, focus_area_code, title) VALUES ${values(SUB_GOALS)};`);
    this.addSql(`INSERT INTO service_area (code, title, sort_order) VALUES ${values(SERVICE_AREAS.map((row, i) => [...row, i]))};`);
    this.addSql(`INSERT INTO service_area_sub_goal (service_area_code, sub_goal_code) VALUES ${values(SERVICE_AREA_SUB_GOALS)};`);
    this.addSql(`INSERT INTO indicator (id, name, unit, higher_is_better, sub_goal_code, source) VALUES ${values(INDICATORS)};`);

    this.addSql(`
      CREATE TABLE support_post_time_share (
        post_id uuid NOT NULL REFERENCES support_post (id) ON DELETE CASCADE,
        service_area_code text NOT NULL REFERENCES service_area (code),
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        share numeric(4,3) NOT NULL CHECK (share > 0 AND share <= 1),
        PRIMARY KEY (post_id, service_area_code)
      );`);
    this.addSql(`CREATE INDEX support_post_time_share_municipality_idx ON support_post_time_share (municipality_id, post_id);`);
    // A post's shares sum to exactly 1 (or the post has none yet). Checked at commit, so a split can be
    // rewritten row by row inside one transaction.
    this.addSql(`
      CREATE FUNCTION check_support_post_time_shares() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        checked uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.post_id ELSE NEW.post_id END;
        total numeric;
      BEGIN
        SELECT sum(share) INTO total FROM support_post_time_share WHERE post_id = checked;
        IF total IS NOT NULL AND total <> 1 THEN
          RAISE EXCEPTION 'time shares of post % sum to %, not 1', checked, total USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
      END $$;`);
    this.addSql(`
      CREATE CONSTRAINT TRIGGER support_post_time_share_sum AFTER INSERT OR UPDATE OR DELETE ON support_post_time_share
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_support_post_time_shares();`);

    this.addSql(`
      CREATE TABLE municipality_goal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        code text NOT NULL,
        title text NOT NULL,
        sub_goal_code text NOT NULL REFERENCES sub_goal (code),
        indicator_id text NOT NULL REFERENCES indicator (id),
        UNIQUE (municipality_id, code)
      );`);
    this.addSql(`
      CREATE TABLE municipality_goal_target (
        goal_id uuid NOT NULL REFERENCES municipality_goal (id) ON DELETE CASCADE,
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        target numeric(8,2) NOT NULL,
        PRIMARY KEY (goal_id, year)
      );`);
    this.addSql(`CREATE INDEX municipality_goal_target_idx ON municipality_goal_target (municipality_id, year, goal_id);`);

    this.addSql(`
      CREATE TABLE indicator_value (
        school_unit_id uuid NOT NULL REFERENCES school_unit (id) ON DELETE CASCADE,
        indicator_id text NOT NULL REFERENCES indicator (id),
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        value numeric(8,2) NOT NULL,
        PRIMARY KEY (school_unit_id, indicator_id, year)
      );`);
    this.addSql(`CREATE INDEX indicator_value_idx ON indicator_value (municipality_id, indicator_id, year, school_unit_id);`);
    this.addSql(`CREATE INDEX indicator_value_unit_idx ON indicator_value (municipality_id, school_unit_id, year);`);

    // Every mutation of the domain data writes one row here in the same transaction: who, when, what, before/after.
    this.addSql(`
      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        action text NOT NULL CHECK (action IN ('CREATE','UPDATE','DELETE')),
        entity text NOT NULL,
        entity_id text NOT NULL,
        before jsonb,
        after jsonb
      );`);
    this.addSql(`CREATE INDEX audit_event_idx ON audit_event (municipality_id, occurred_at DESC);`);
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TABLE audit_event, indicator_value, municipality_goal_target, municipality_goal, support_post_time_share,
      indicator, service_area_sub_goal, service_area, sub_goal, focus_area, device_fleet, budget_line;`);
    this.addSql('DROP FUNCTION check_support_post_time_shares();');
    this.addSql(`ALTER TABLE school_year_fact DROP CONSTRAINT school_year_fact_bands_sum,
      DROP COLUMN pupils_preschool, DROP COLUMN pupils_f_3, DROP COLUMN pupils_4_6, DROP COLUMN pupils_7_9,
      DROP COLUMN pupils_upper_secondary, DROP COLUMN pupils_other, DROP COLUMN has_local_it_coordinator,
      DROP COLUMN superusers;`);
  }
}
