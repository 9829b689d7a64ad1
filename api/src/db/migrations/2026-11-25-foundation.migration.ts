import { Migration } from '@mikro-orm/migrations';

/** Municipalities, school units with their yearly facts, and the central support unit with its posts. */
export class FoundationMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE municipality (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(4) NOT NULL UNIQUE CHECK (code ~ '^[0-9]{4}$'),
        name text NOT NULL,
        budget_year integer NOT NULL CHECK (budget_year BETWEEN 2000 AND 2100)
      );`);
    this.addSql(`
      CREATE TABLE school_unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        code varchar(8) NOT NULL CHECK (code ~ '^[0-9]{8}$'),
        name text NOT NULL,
        school_forms text[] NOT NULL DEFAULT '{}',
        area text,
        has_local_it_coordinator boolean NOT NULL DEFAULT false,
        UNIQUE (municipality_id, code)
      );`);
    this.addSql(`
      CREATE TABLE school_year_fact (
        school_unit_id uuid NOT NULL REFERENCES school_unit (id) ON DELETE CASCADE,
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        pupils integer NOT NULL CHECK (pupils >= 0),
        teachers integer NOT NULL CHECK (teachers >= 0),
        teachers_fte numeric(7,2) NOT NULL CHECK (teachers_fte >= 0),
        school_leaders integer NOT NULL CHECK (school_leaders >= 0),
        socioeconomic_index numeric(6,3),
        PRIMARY KEY (school_unit_id, year)
      );`);
    this.addSql(`CREATE INDEX school_year_fact_municipality_year_idx ON school_year_fact (municipality_id, year);`);
    this.addSql(`
      CREATE TABLE support_unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL UNIQUE REFERENCES municipality (id) ON DELETE CASCADE,
        name text NOT NULL
      );`);
    this.addSql(`
      CREATE TABLE support_post (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
        support_unit_id uuid NOT NULL REFERENCES support_unit (id) ON DELETE CASCADE,
        title text NOT NULL,
        fte numeric(5,2) NOT NULL CHECK (fte >= 0),
        annual_cost_sek bigint NOT NULL CHECK (annual_cost_sek >= 0),
        sort_order integer NOT NULL DEFAULT 0
      );`);
    this.addSql(`CREATE INDEX support_post_unit_idx ON support_post (support_unit_id, sort_order);`);
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE support_post, support_unit, school_year_fact, school_unit, municipality;');
  }
}
