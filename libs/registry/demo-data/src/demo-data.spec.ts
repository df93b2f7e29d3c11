import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  DEMO_AGREEMENTS,
  DEMO_MUNICIPALITIES,
  DEMO_OTHER_ORGANISATIONS,
  DEMO_PARTICIPATION,
  DEMO_PARTNERS,
  DEMO_PEOPLE,
  DEMO_PROGRAMMES,
  DEMO_REFERENCE_DATE,
  DEMO_REGIONAL_CENTRE,
  DEMO_ROADMAP,
  DEMO_SCHOOLS,
  type RoadmapParticipantKind,
  type RoadmapWindow,
} from './index';

// The repo sits at /work/main, the seeds at /work/shared/seeds.
const SEEDS_DIR = path.resolve(__dirname, '../../../../../shared/seeds');
const SEED_STATUS_REPORT = '000_ae4ae2ea8a9c8b69.txt';
const SEED_ROADMAP = '001_6a28a241a292b5ed.txt';

/** Collapses whitespace (the seeds break lines inside table cells and sentences). */
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
/** A seed's text without the Word bookmark artefacts ("[bookmark: _GoBack]") and with whitespace collapsed. */
const readSeed = (file: string) =>
  normalise(readFileSync(path.join(SEEDS_DIR, file), 'utf8').replace(/\[bookmark: [^\]]*\]/g, ''));

const statusReport = readSeed(SEED_STATUS_REPORT);
const roadmapSeed = readSeed(SEED_ROADMAP);
const allSeeds = readdirSync(SEEDS_DIR)
  .filter((file) => file.endsWith('.txt'))
  .map(readSeed);

const expectVerbatim = (text: string, seed: string, what: string) => {
  expect({ what, found: seed.includes(normalise(text)) }).toEqual({ what, found: true });
};

const duplicates = (values: readonly string[]) => values.filter((value, i) => values.indexOf(value) !== i);

const organisations = [DEMO_REGIONAL_CENTRE, ...DEMO_SCHOOLS, ...DEMO_PARTNERS, ...DEMO_OTHER_ORGANISATIONS];
const organisationKeys = new Set(organisations.map((o) => o.key));
const municipalityKeys = new Set(DEMO_MUNICIPALITIES.map((m) => m.key));
const people = new Map(DEMO_PEOPLE.map((p) => [p.key, p]));
const programmeKeys = new Set(DEMO_PROGRAMMES.map((p) => p.key));

const isIsoDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('demo data', () => {
  it('reads the seeds', () => {
    expect(allSeeds).toHaveLength(5);
    expect(statusReport.length).toBeGreaterThan(1000);
    expect(roadmapSeed.length).toBeGreaterThan(1000);
  });

  describe('organisations', () => {
    it('has the eight schools of the status report, with full names verbatim', () => {
      expect(DEMO_SCHOOLS).toHaveLength(8);
      expect(DEMO_SCHOOLS.map((s) => s.reportRow)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      for (const school of DEMO_SCHOOLS) expectVerbatim(school.fullName, statusReport, school.key);
    });

    it('has unique short names and e-mails on the demo domain', () => {
      expect(duplicates(DEMO_SCHOOLS.map((s) => s.shortName))).toEqual([]);
      for (const o of organisations) expect(o.email).toMatch(/@([a-z0-9-]+\.)*demo\.orbita\.local$/);
    });

    it('names the regional centre as the seeds do', () => {
      expectVerbatim(DEMO_REGIONAL_CENTRE.fullName, statusReport, 'regional centre full name');
      expectVerbatim(DEMO_REGIONAL_CENTRE.shortName, statusReport, 'regional centre short name');
      expect(allSeeds.some((seed) => seed.includes(DEMO_REGIONAL_CENTRE.expandedName))).toBe(true);
    });

    it('has only partners the seeds name', () => {
      for (const partner of DEMO_PARTNERS) {
        expect(partner.mentionedAs.length).toBeGreaterThan(0);
        for (const mention of partner.mentionedAs) {
          expect({ mention, found: allSeeds.some((seed) => seed.includes(mention)) }).toEqual({
            mention,
            found: true,
          });
        }
      }
    });

    it('names the other organisations as the seeds do', () => {
      // The seeds inflect the first word ("Департамента общего образования …"): let its ending vary.
      const inflected = (name: string) => {
        const [first, ...rest] = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').split(' ');
        return new RegExp([`${first.slice(0, -1)}[а-я]*`, ...rest].join(' '));
      };
      for (const o of DEMO_OTHER_ORGANISATIONS) {
        expect({ name: o.fullName, found: allSeeds.some((seed) => seed.includes(o.fullName)) }).toEqual({
          name: o.fullName,
          found: true,
        });
        for (const name of o.formerNames ?? []) {
          expect({ name, found: allSeeds.some((seed) => inflected(name).test(seed)) }).toEqual({
            name,
            found: true,
          });
        }
      }
    });
  });

  describe('keys and references', () => {
    it('has unique keys', () => {
      expect(duplicates(DEMO_MUNICIPALITIES.map((m) => m.key))).toEqual([]);
      expect(duplicates(DEMO_MUNICIPALITIES.map((m) => m.name))).toEqual([]);
      expect(duplicates(organisations.map((o) => o.key))).toEqual([]);
      expect(duplicates(DEMO_PEOPLE.map((p) => p.key))).toEqual([]);
      expect(duplicates(DEMO_PEOPLE.map((p) => p.email))).toEqual([]);
      expect(duplicates(DEMO_PROGRAMMES.map((p) => p.key))).toEqual([]);
      expect(duplicates(DEMO_PROGRAMMES.map((p) => p.kind))).toEqual([]);
      expect(duplicates(DEMO_AGREEMENTS.map((a) => a.key))).toEqual([]);
      expect(duplicates(DEMO_AGREEMENTS.map((a) => a.number))).toEqual([]);
      expect(duplicates(DEMO_ROADMAP.activities.map((a) => a.number))).toEqual([]);
    });

    it('resolves municipalities', () => {
      for (const o of organisations) {
        if ('municipalityKey' in o && o.municipalityKey !== null)
          expect(municipalityKeys).toContain(o.municipalityKey);
      }
    });

    it('resolves people to organisations', () => {
      for (const person of DEMO_PEOPLE) expect(organisationKeys).toContain(person.organisationKey);
    });

    it('resolves programmes', () => {
      for (const programme of DEMO_PROGRAMMES) {
        expect(organisationKeys).toContain(programme.operatorKey);
        if (programme.regionalCoordinatorKey) {
          const coordinator = people.get(programme.regionalCoordinatorKey);
          expect(coordinator?.roles).toContain('regional_staff');
          expect(coordinator?.organisationKey).toBe(programme.operatorKey);
        }
      }
      const sirius = DEMO_PROGRAMMES.find((p) => p.kind === 'sirius_partner_schools');
      expect(sirius?.regionalCoordinatorKey).toBe('rc-coordinator');
      expect(people.get('rc-coordinator')?.email).toBe('coordinator@demo.orbita.local');
    });

    it('has the eight schools in the Sirius programme in 2024, each with its own coordinator', () => {
      const schoolKeys = DEMO_SCHOOLS.map((s) => s.key);
      expect(DEMO_PARTICIPATION.map((p) => p.schoolKey).sort()).toEqual([...schoolKeys].sort());
      for (const participation of DEMO_PARTICIPATION) {
        expect(programmeKeys).toContain(participation.programmeKey);
        expect(participation).toMatchObject({
          programmeKey: 'sirius-partner-schools',
          schoolYear: 2024,
          role: 'partner_school',
        });
        const coordinator = people.get(participation.coordinatorKey);
        expect(coordinator?.roles).toContain('school_coordinator');
        expect(coordinator?.organisationKey).toBe(participation.schoolKey);
      }
    });

    it('resolves agreements', () => {
      for (const agreement of DEMO_AGREEMENTS) {
        expect(organisationKeys).toContain(agreement.partyKey);
        expect(organisationKeys).toContain(agreement.counterpartyKey);
        expect(agreement.partyKey).not.toBe(agreement.counterpartyKey);
        if (agreement.programmeKey) expect(programmeKeys).toContain(agreement.programmeKey);
      }
    });

    it('resolves the roadmap', () => {
      expect(programmeKeys).toContain(DEMO_ROADMAP.programmeKey);
      for (const activity of DEMO_ROADMAP.activities) {
        for (const key of activity.participantOrganisationKeys) expect(organisationKeys).toContain(key);
        for (const key of activity.responsiblePersonKeys)
          expect(people.get(key)?.roles).toContain('regional_staff');
        expect(activity.responsiblePersonKeys.length + activity.responsibleRoles.length).toBeGreaterThan(0);
      }
    });
  });

  describe('people', () => {
    const withRole = (role: string, organisationKey?: string) =>
      DEMO_PEOPLE.filter(
        (p) =>
          p.roles.some((r) => r === role) &&
          (organisationKey === undefined || p.organisationKey === organisationKey),
      );

    it('has the staff the demo needs', () => {
      expect(withRole('regional_staff', DEMO_REGIONAL_CENTRE.key)).toHaveLength(2);
      expect(withRole('observer', 'education-department')).toHaveLength(1);
      for (const school of DEMO_SCHOOLS) {
        expect(withRole('school_coordinator', school.key)).toHaveLength(1);
        expect(withRole('teacher', school.key)).toHaveLength(2);
      }
      const experts = withRole('expert');
      expect(experts).toHaveLength(2);
      for (const expert of experts) {
        expect(DEMO_PARTNERS.find((p) => p.key === expert.organisationKey)?.kind).toBe('university');
      }
    });

    it('has e-mails on the demo domain', () => {
      for (const person of DEMO_PEOPLE) expect(person.email).toMatch(/^[a-z0-9.]+@demo\.orbita\.local$/);
    });

    it('has no surname from any seed (the people are invented)', () => {
      const lower = (text: string) => text.toLowerCase().replace(/ё/g, 'е');
      const seeds = allSeeds.map(lower);
      for (const person of DEMO_PEOPLE) {
        const surname = lower(person.surname);
        expect({ surname, inSeeds: seeds.some((seed) => seed.includes(surname)) }).toEqual({
          surname,
          inSeeds: false,
        });
      }
    });
  });

  describe('agreements', () => {
    it('has a handful with consistent dates and statuses as of the reference date', () => {
      expect(DEMO_AGREEMENTS.length).toBeGreaterThanOrEqual(5);
      expect(DEMO_AGREEMENTS.length).toBeLessThanOrEqual(8);
      for (const a of DEMO_AGREEMENTS) {
        for (const date of [a.date, a.validFrom, a.validTo]) expect(isIsoDate(date)).toBe(true);
        expect(a.date <= a.validFrom || a.date <= a.validTo).toBe(true);
        expect(a.validFrom < a.validTo).toBe(true);
        expect(a.obligations.length).toBeGreaterThan(0);
        if (a.status === 'terminated') {
          expect(a.terminatedOn && a.terminatedOn >= a.validFrom && a.terminatedOn < a.validTo).toBeTruthy();
        } else {
          expect(a.terminatedOn).toBeUndefined();
          expect(a.status).toBe(a.validTo < DEMO_REFERENCE_DATE ? 'expired' : 'active');
        }
      }
    });

    it('gives the "expiring soon" query something to show', () => {
      const horizon = addDays(DEMO_REFERENCE_DATE, 60);
      const expiring = DEMO_AGREEMENTS.filter(
        (a) => a.status === 'active' && a.validTo >= DEMO_REFERENCE_DATE && a.validTo <= horizon,
      );
      expect(expiring.length).toBeGreaterThanOrEqual(2);
      expect(DEMO_AGREEMENTS.filter((a) => a.status === 'expired').length).toBeGreaterThanOrEqual(1);
    });

    it('takes the seeded agreement from the status report', () => {
      for (const a of DEMO_AGREEMENTS.filter((x) => x.provenance === 'seed')) {
        expectVerbatim(a.number, statusReport, a.key);
      }
    });
  });

  describe('roadmap', () => {
    const { stages, activities } = DEMO_ROADMAP;

    it('has 5 stages and 29 activities numbered as in the seed', () => {
      expect(DEMO_ROADMAP.schoolYear).toBe(2024);
      expect(stages.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
      expect(activities).toHaveLength(29);
      expect(activities.map((a) => a.number)).toEqual(Array.from({ length: 29 }, (_, i) => String(i + 1)));
      const stageNumbers = activities.map((a) => a.stageNumber);
      expect([...stageNumbers].sort((a, b) => a - b)).toEqual(stageNumbers);
      expect(new Set(stageNumbers)).toEqual(new Set([1, 2, 3, 4, 5]));
    });

    it('has the title, stage titles and approval verbatim', () => {
      expectVerbatim(DEMO_ROADMAP.title, roadmapSeed, 'title');
      expectVerbatim(DEMO_ROADMAP.approvedBy, statusReport, 'approvedBy');
      for (const stage of stages)
        expectVerbatim(`${stage.roman}. ${stage.title}`, roadmapSeed, `stage ${stage.number}`);
    });

    it('has every activity text and deliverable verbatim from the seed', () => {
      for (const a of activities) {
        expectVerbatim(`${a.number}. ${a.title}`, roadmapSeed, `activity ${a.number} title`);
        for (const detail of a.details ?? [])
          expectVerbatim(`– ${detail}`, roadmapSeed, `activity ${a.number} detail`);
        expectVerbatim(a.participantsText, roadmapSeed, `activity ${a.number} participants`);
        expectVerbatim(a.windowText, roadmapSeed, `activity ${a.number} window`);
        for (const m of a.milestones ?? [])
          expectVerbatim(m.windowText, a.windowText, `activity ${a.number} milestone`);
        for (const [kind, duty] of Object.entries(a.participantDuties ?? {})) {
          expect(a.participants).toContain(kind);
          expectVerbatim(duty, a.participantsText, `activity ${a.number} duty`);
        }
        a.deliverables.forEach((deliverable, i) =>
          expectVerbatim(
            a.deliverables.length > 1 ? `${i + 1}. ${deliverable}` : deliverable,
            roadmapSeed,
            `activity ${a.number} deliverable ${i + 1}`,
          ),
        );
      }
    });

    it('names the organisations behind the single-organisation participant kinds', () => {
      const single: Partial<Record<RoadmapParticipantKind, string>> = {
        foundation: 'talent-and-success',
        department: 'education-department',
        regional_centre: DEMO_REGIONAL_CENTRE.key,
      };
      for (const a of activities) {
        const expected = a.participants.flatMap((kind) => (single[kind] ? [single[kind]] : []));
        expect([...a.participantOrganisationKeys].sort()).toEqual(expected.sort());
        expect(duplicates(a.participants)).toEqual([]);
      }
    });

    it('has well-formed windows', () => {
      const checkDates = (w: RoadmapWindow) => {
        if (w.kind !== 'dates') return;
        expect(isIsoDate(w.from) && isIsoDate(w.to)).toBe(true);
        expect(w.from <= w.to).toBe(true);
        expect(w.from >= '2024-04-01' && w.to <= '2025-08-31').toBe(true);
      };
      for (const a of activities) {
        checkDates(a.window);
        if (a.window.kind === 'monthly') expect(a.windowText).toBe('Ежемесячно');
        if (a.window.kind === 'during_year') expect(a.windowText).toMatch(/^В течение (учебного )?года$/);
        if (a.milestones) {
          expect(a.milestones.length).toBeGreaterThan(1);
          a.milestones.forEach((m) => checkDates(m.window));
          expect(a.window).toMatchObject({
            kind: 'dates',
            from: a.milestones.map((m) => m.window.from).sort()[0],
            to: a.milestones
              .map((m) => m.window.to)
              .sort()
              .at(-1),
          });
        }
      }
    });
  });
});
