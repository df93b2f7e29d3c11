import { MigrationInterface, QueryRunner } from 'typeorm';

const sqlList = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

// Frozen copies of the lists as this migration created them: a later change to a contract list needs
// its own migration, never an edit here.
const MUNICIPALITY_KINDS = ['city_district', 'municipal_district', 'municipal_okrug', 'zato'];
const ORGANISATION_KINDS = [
  'regional_centre',
  'school',
  'university',
  'college',
  'enterprise',
  'research_institute',
  'foundation',
  'authority',
  'other',
];
const PERSON_ROLES = ['regional_staff', 'school_coordinator', 'teacher', 'mentor', 'expert', 'observer'];
const STORED_AGREEMENT_STATUSES = ['draft', 'active', 'terminated'];
const PARTICIPATION_ROLES = ['partner_school', 'studio', 'base_organisation'];

/**
 * The registry's organisations side: municipalities, organisations (regional centre, schools, partners,
 * others), people, cooperation agreements, programmes and schools' participation in them. Constraint
 * names are part of the service's error mapping (constraint-errors.ts): a unique violation answers 409
 * naming the field.
 */
export class RegistryOrganisations1764000000000 implements MigrationInterface {
  name = 'RegistryOrganisations1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const versioned = `
        version     integer     NOT NULL DEFAULT 1,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now()`;

    await queryRunner.query(`
      CREATE TABLE municipalities (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name        text NOT NULL CONSTRAINT municipalities_name_key UNIQUE,
        kind        text NOT NULL CONSTRAINT municipalities_kind_check CHECK (kind IN (${sqlList(MUNICIPALITY_KINDS)})),
        okato       text,
        oktmo       text,${versioned}
      )`);

    await queryRunner.query(`
      CREATE TABLE organisations (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind            text NOT NULL CONSTRAINT organisations_kind_check CHECK (kind IN (${sqlList(ORGANISATION_KINDS)})),
        full_name       text NOT NULL CONSTRAINT organisations_full_name_key UNIQUE,
        short_name      text NOT NULL,
        municipality_id uuid CONSTRAINT organisations_municipality_id_fkey REFERENCES municipalities (id),
        address         text,
        email           text,
        phone           text,
        website         text,
        sirius_id       text CONSTRAINT organisations_sirius_id_key UNIQUE,
        inn             text,
        active          boolean NOT NULL DEFAULT true,${versioned},
        CONSTRAINT organisations_school_municipality_check CHECK (kind <> 'school' OR municipality_id IS NOT NULL)
      )`);
    await queryRunner.query('CREATE INDEX organisations_kind_idx ON organisations (kind)');
    await queryRunner.query(
      'CREATE INDEX organisations_municipality_id_idx ON organisations (municipality_id)',
    );

    await queryRunner.query(`
      CREATE TABLE people (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL CONSTRAINT people_organisation_id_fkey REFERENCES organisations (id),
        surname         text NOT NULL,
        name            text NOT NULL,
        patronymic      text,
        position        text,
        email           text CONSTRAINT people_email_key UNIQUE CONSTRAINT people_email_lower_check CHECK (email = lower(email)),
        phone           text,
        roles           text[] NOT NULL CONSTRAINT people_roles_check
                          CHECK (cardinality(roles) > 0 AND roles <@ ARRAY[${sqlList(PERSON_ROLES)}]::text[]),
        active          boolean NOT NULL DEFAULT true,${versioned}
      )`);
    await queryRunner.query('CREATE INDEX people_organisation_id_idx ON people (organisation_id)');
    await queryRunner.query('CREATE INDEX people_roles_idx ON people USING gin (roles)');

    await queryRunner.query(`
      CREATE TABLE programmes (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code        text NOT NULL CONSTRAINT programmes_code_key UNIQUE,
        title       text NOT NULL,
        short_name  text,
        description text,${versioned}
      )`);

    await queryRunner.query(`
      CREATE TABLE agreements (
        id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number                  text NOT NULL,
        signed_on               date,
        valid_from              date NOT NULL,
        valid_to                date,
        subject                 text NOT NULL,
        obligations             text[] NOT NULL DEFAULT '{}',
        status                  text NOT NULL CONSTRAINT agreements_status_check CHECK (status IN (${sqlList(STORED_AGREEMENT_STATUSES)})),
        terminated_on           date,
        party_organisation_id   uuid NOT NULL CONSTRAINT agreements_party_organisation_id_fkey REFERENCES organisations (id),
        partner_organisation_id uuid NOT NULL CONSTRAINT agreements_partner_organisation_id_fkey REFERENCES organisations (id),
        programme_id            uuid CONSTRAINT agreements_programme_id_fkey REFERENCES programmes (id),${versioned},
        CONSTRAINT agreements_party_number_key UNIQUE (party_organisation_id, number),
        CONSTRAINT agreements_parties_check CHECK (party_organisation_id <> partner_organisation_id),
        CONSTRAINT agreements_term_check CHECK (valid_to IS NULL OR valid_to >= valid_from),
        CONSTRAINT agreements_signed_check CHECK (status <> 'active' OR signed_on IS NOT NULL),
        CONSTRAINT agreements_terminated_check CHECK ((status = 'terminated') = (terminated_on IS NOT NULL))
      )`);
    await queryRunner.query(
      'CREATE INDEX agreements_partner_organisation_id_idx ON agreements (partner_organisation_id)',
    );
    await queryRunner.query('CREATE INDEX agreements_valid_to_idx ON agreements (valid_to)');

    await queryRunner.query(`
      CREATE TABLE programme_participation (
        id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id          uuid NOT NULL CONSTRAINT programme_participation_programme_id_fkey REFERENCES programmes (id),
        school_id             uuid NOT NULL CONSTRAINT programme_participation_school_id_fkey REFERENCES organisations (id),
        school_year           integer NOT NULL CONSTRAINT programme_participation_school_year_check CHECK (school_year BETWEEN 2000 AND 2100),
        role                  text NOT NULL CONSTRAINT programme_participation_role_check CHECK (role IN (${sqlList(PARTICIPATION_ROLES)})),
        coordinator_person_id uuid CONSTRAINT programme_participation_coordinator_person_id_fkey REFERENCES people (id),
        created_at            timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT programme_participation_key UNIQUE (programme_id, school_id, school_year)
      )`);
    await queryRunner.query(
      'CREATE INDEX programme_participation_school_id_idx ON programme_participation (school_id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'programme_participation',
      'agreements',
      'programmes',
      'people',
      'organisations',
      'municipalities',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
