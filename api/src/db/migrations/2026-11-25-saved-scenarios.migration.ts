import { Migration } from '@mikro-orm/migrations';
import { tenantRlsSql } from '../tenant-rls.js';

/**
 * Saved scenarios with their workflow (DRAFT → PROPOSED → DECIDED / ARCHIVED) and version for optimistic locking;
 * the frozen copy of the base data and assumption values taken when a scenario leaves DRAFT; comments; the risk
 * register (one engine row per risk area, manual risks, overrides with justification, residual rating, the step of
 * the AFS 2023:1 risk assessment), mitigations, and who from the employees' side took part.
 */
export class SavedScenariosMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE saved_scenario (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
        base_year integer NOT NULL,
        horizon_years integer NOT NULL CHECK (horizon_years BETWEEN 1 AND 10),
        levers jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PROPOSED', 'DECIDED', 'ARCHIVED')),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        owner_id uuid NOT NULL REFERENCES app_user (id),
        created_by_id uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        proposed_at timestamptz,
        proposed_by_id uuid REFERENCES app_user (id),
        decided_at timestamptz,
        decided_by_id uuid REFERENCES app_user (id),
        frozen_at timestamptz,
        frozen_input jsonb,
        frozen_assumptions jsonb,
        -- Only a draft follows the data; every other status carries its frozen copy.
        CONSTRAINT saved_scenario_frozen_unless_draft CHECK (
          (status = 'DRAFT') = (frozen_at IS NULL AND frozen_input IS NULL AND frozen_assumptions IS NULL))
      );`);
    this.addSql(`CREATE INDEX saved_scenario_list_idx ON saved_scenario (municipality_id, seq DESC);`);
    this.addSql(`
      CREATE TABLE scenario_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        scenario_id uuid NOT NULL REFERENCES saved_scenario (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        body text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 5000)
      );`);
    this.addSql(`CREATE INDEX scenario_comment_idx ON scenario_comment (municipality_id, scenario_id, seq);`);
    this.addSql(`
      CREATE TABLE scenario_risk (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        scenario_id uuid NOT NULL REFERENCES saved_scenario (id) ON DELETE CASCADE,
        source text NOT NULL CHECK (source IN ('ENGINE', 'MANUAL')),
        area text NOT NULL,
        description text CHECK (length(description) <= 5000),
        likelihood smallint CHECK (likelihood BETWEEN 1 AND 5),
        consequence smallint CHECK (consequence BETWEEN 1 AND 5),
        override_likelihood smallint CHECK (override_likelihood BETWEEN 1 AND 5),
        override_consequence smallint CHECK (override_consequence BETWEEN 1 AND 5),
        override_justification text CHECK (length(btrim(override_justification)) BETWEEN 1 AND 5000),
        overridden_by_id uuid REFERENCES app_user (id),
        overridden_at timestamptz,
        residual_likelihood smallint CHECK (residual_likelihood BETWEEN 1 AND 5),
        residual_consequence smallint CHECK (residual_consequence BETWEEN 1 AND 5),
        step text NOT NULL DEFAULT 'IDENTIFIED' CHECK (step IN ('IDENTIFIED', 'ASSESSED', 'ACTIONS_DECIDED', 'FOLLOWED_UP')),
        sort_order integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT scenario_risk_manual_rated CHECK (
          (source = 'MANUAL') = (description IS NOT NULL AND likelihood IS NOT NULL AND consequence IS NOT NULL)),
        -- An override is whole: both ratings, the justification, who and when.
        CONSTRAINT scenario_risk_override_whole CHECK (
          (override_likelihood IS NULL) = (override_consequence IS NULL)
          AND (override_likelihood IS NULL) = (override_justification IS NULL)
          AND (override_likelihood IS NULL) = (overridden_by_id IS NULL)
          AND (override_likelihood IS NULL) = (overridden_at IS NULL)),
        CONSTRAINT scenario_risk_residual_whole CHECK ((residual_likelihood IS NULL) = (residual_consequence IS NULL))
      );`);
    this.addSql(`CREATE UNIQUE INDEX scenario_risk_engine_area ON scenario_risk (scenario_id, area) WHERE source = 'ENGINE';`);
    this.addSql(`CREATE INDEX scenario_risk_idx ON scenario_risk (municipality_id, scenario_id);`);
    this.addSql(`
      CREATE TABLE scenario_mitigation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        scenario_id uuid NOT NULL REFERENCES saved_scenario (id) ON DELETE CASCADE,
        risk_id uuid NOT NULL REFERENCES scenario_risk (id) ON DELETE CASCADE,
        action text NOT NULL CHECK (length(btrim(action)) BETWEEN 1 AND 2000),
        owner text NOT NULL CHECK (length(btrim(owner)) BETWEEN 1 AND 200),
        due_date date,
        done boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      );`);
    this.addSql(`CREATE INDEX scenario_mitigation_idx ON scenario_mitigation (municipality_id, scenario_id, risk_id);`);
    this.addSql(`
      CREATE TABLE scenario_participant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        scenario_id uuid NOT NULL REFERENCES saved_scenario (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        role text NOT NULL CHECK (length(btrim(role)) BETWEEN 1 AND 200),
        participated_on date NOT NULL,
        note text CHECK (length(note) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now()
      );`);
    this.addSql(`CREATE INDEX scenario_participant_idx ON scenario_participant (municipality_id, scenario_id);`);
    // A scenario's audit trail: its own events and those of its comments, risks, mitigations and participants all
    // carry the scenario's id in their snapshot.
    this.addSql(`CREATE INDEX audit_event_scenario_idx ON audit_event (municipality_id, ((coalesce(after, before) ->> 'scenarioId')), id DESC) WHERE entity LIKE 'Scenario%';`);
    this.addSql(tenantRlsSql());
  }

  override async down(): Promise<void> {
    this.addSql('DROP INDEX audit_event_scenario_idx;');
    this.addSql('DROP TABLE scenario_participant, scenario_mitigation, scenario_risk, scenario_comment, saved_scenario;');
  }
}
