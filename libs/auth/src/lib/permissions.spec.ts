import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PERMISSION_MATRIX, PERMISSIONS } from './permissions';
import { ROLES } from './roles';

/** The permission table of docs/security.md, as `permission → roles that hold it`. */
function documentedMatrix(): Record<string, string[]> {
  const doc = readFileSync(join(__dirname, '../../../../docs/security.md'), 'utf8');
  const table = /<!-- permission-matrix:start -->\s*\n([\s\S]*?)\n\s*<!-- permission-matrix:end -->/.exec(
    doc,
  )?.[1];
  if (!table) throw new Error('docs/security.md has no permission-matrix block');
  const [header, , ...rows] = table.split('\n').map((line) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim()),
  );
  const roles = header.slice(1);
  return Object.fromEntries(
    rows.map(([permission, ...marks]) => [
      permission.replace(/`/g, ''),
      roles.filter((_, index) => marks[index] === '✓'),
    ]),
  );
}

describe('PERMISSION_MATRIX', () => {
  it('is the table in docs/security.md, row for row and role for role', () => {
    const fromCode = Object.fromEntries(
      PERMISSIONS.map((permission) => [
        permission,
        ROLES.filter((role) => PERMISSION_MATRIX[role].includes(permission)),
      ]),
    );
    expect(documentedMatrix()).toEqual(fromCode);
  });

  it('gives every role only known permissions', () => {
    for (const role of ROLES) {
      expect(PERMISSIONS).toEqual(expect.arrayContaining([...PERMISSION_MATRIX[role]]));
    }
  });
});
