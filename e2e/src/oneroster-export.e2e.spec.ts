import { ENROLLMENT_SERVICE, EnrollmentConfig } from '@orbita/enrollment/service';
import { REGISTRY_SERVICE, RegistryConfig, seedRegistryDemoData } from '@orbita/registry/service';
import JSZip from 'jszip';
import { randomUUID } from 'node:crypto';
import { seedEnrollmentDemoData } from '../../tools/seeds/enrollment-demo';
import { TestPlatform } from './support/platform';

const EXPORT = '/integration/oneroster-export.zip?schoolYear=2024';

/** The rows of one CSV file of the bundle (no field of the demo holds a line break). */
async function csvRows(zip: JSZip, name: string): Promise<string[]> {
  return ((await zip.file(name)?.async('string')) ?? '').trimEnd().split('\r\n');
}

// The demo region's 2024/25 classes, read from enrollment and the registry as the caller, as a OneRoster 1.2
// CSV bundle; behind the gateway's ONEROSTER_EXPORT_ENABLED.
describe('the OneRoster CSV export through the gateway', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await TestPlatform.start([
      { definition: REGISTRY_SERVICE, config: RegistryConfig, seed: seedRegistryDemoData },
      { definition: ENROLLMENT_SERVICE, config: EnrollmentConfig, seed: seedEnrollmentDemoData },
    ]);
  });

  afterAll(() => platform?.stop());

  it('is off by default: 404 with a problem saying the setting turns it on', async () => {
    const token = await platform.gateway.tokenFor('regional_coordinator');
    const disabled = await platform.request('GET', EXPORT, token, undefined, { 'accept-language': 'en' });
    expect(disabled.statusCode).toBe(404);
    expect(disabled.json()).toMatchObject({
      code: 'INTEGRATION.ONEROSTER_EXPORT_DISABLED',
      detail: expect.stringContaining('ONEROSTER_EXPORT_ENABLED'),
    });
  });

  describe('once enabled', () => {
    // The setting is read per request: the test turns it on in the running gateway's configuration.
    beforeAll(() => {
      platform.gateway.config.ONEROSTER_EXPORT_ENABLED = true;
    });
    afterAll(() => {
      platform.gateway.config.ONEROSTER_EXPORT_ENABLED = false;
    });

    it('answers a ZIP of the OneRoster files: the 8 schools by their Sirius ids, 11 classes, 177 students and their teachers; the read audited', async () => {
      const account = await platform.gateway.createAccount({ role: 'regional_coordinator' });
      const response = await platform.request('GET', EXPORT, await platform.gateway.tokenFor(account));
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/zip');
      expect(response.headers['content-disposition']).toBe('attachment; filename="oneroster-2024.zip"');
      expect(response.headers['cache-control']).toBe('private, no-store');

      const zip = await JSZip.loadAsync(response.rawPayload);
      expect(Object.keys(zip.files).sort()).toEqual([
        'academicSessions.csv',
        'classes.csv',
        'courses.csv',
        'enrollments.csv',
        'manifest.csv',
        'orgs.csv',
        'roles.csv',
        'users.csv',
      ]);
      expect(await csvRows(zip, 'manifest.csv')).toEqual(
        expect.arrayContaining(['oneroster.version,1.2', 'file.users,bulk', 'file.demographics,absent']),
      );
      const orgs = await csvRows(zip, 'orgs.csv');
      expect(orgs[0]).toBe('sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId');
      expect(orgs).toHaveLength(1 + 8);
      expect(orgs.some((row) => row.startsWith('org-lyceum-1-tomsk,,,'))).toBe(true);
      expect(await csvRows(zip, 'classes.csv')).toHaveLength(1 + 11);

      const users = await csvRows(zip, 'users.csv');
      expect(users[0]).toMatch(
        /^sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,middleName,/,
      );
      const roles = (await csvRows(zip, 'roles.csv')).slice(1).map((row) => row.split(',')[5]);
      expect(roles.filter((role) => role === 'student')).toHaveLength(177);
      expect(roles.filter((role) => role === 'teacher').length).toBeGreaterThan(0);
      // A student row: our id, enabled, the names, the class's grade, the school's Sirius id; no birth date.
      const [studentId] =
        (await csvRows(zip, 'roles.csv')).find((row) => row.includes(',student,'))?.split(',') ?? [];
      const studentRow = users.find((row) => row.startsWith(`${studentId?.replace(/-student$/, '')},`));
      expect(studentRow).toMatch(
        /^[0-9a-f-]{36},,,true,[0-9a-f-]{36},,[^,]+,[^,]+,[^,]*,,,,,,(07|10),,,,,,,org-[a-z0-9-]+,$/,
      );
      expect(await zip.file('users.csv')?.async('string')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect((await csvRows(zip, 'enrollments.csv')).length).toBeGreaterThan(177);

      const admin = await platform.gateway.tokenFor('admin');
      const audit = await platform.request('GET', `/audit-events?actorId=${account.id}`, admin);
      expect(audit.json<{ items: Array<{ action: string; resourceType: string }> }>().items).toEqual([
        expect.objectContaining({ action: 'read', resourceType: 'oneroster-export' }),
      ]);
    });

    it('is the regional level’s: a school coordinator is refused (403)', async () => {
      const school = await platform.gateway.tokenFor('school_coordinator', randomUUID());
      expect((await platform.request('GET', EXPORT, school)).statusCode).toBe(403);
    });

    it('refuses a school year that is no year (400 naming schoolYear)', async () => {
      const token = await platform.gateway.tokenFor('regional_coordinator');
      const bad = await platform.request('GET', '/integration/oneroster-export.zip?schoolYear=soon', token);
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('schoolYear');
    });
  });
});
