// The API breaking-change gate (`npm test` runs it; `npm run api:gate` alone): renders the gateway's OpenAPI
// document from the code and diffs it against apps/gateway/openapi.baseline.json, the document of the last
// release. Exits 1 when a client of that release may break; additions are listed and pass.
//
//   node tools/scripts/run-ts.cjs tools/openapi/api-gate.ts [--document rendered.json] [--baseline other.json]
//   node tools/scripts/run-ts.cjs tools/openapi/api-gate.ts --accept     (npm run api:baseline)
//
// --accept makes the rendered document the new baseline: at a release, or when a breaking change is
// deliberate (a new major version path, agreed with the web UI and the regions' integrations). Commit it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diffOpenApi, type OpenApiDocument } from './openapi-diff';

const repoRoot = path.resolve(__dirname, '..', '..');
const defaultBaseline = path.join(repoRoot, 'apps', 'gateway', 'openapi.baseline.json');

/** The document the code generates now, in a private folder (the committed openapi.json stays as it is). */
function renderDocument(folder: string): string {
  const target = path.join(folder, 'openapi.json');
  execFileSync(process.execPath, ['tools/scripts/run-ts.cjs', 'apps/gateway/src/openapi.ts', target], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return target;
}

const readDocument = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as OpenApiDocument;

/** Additions are listed briefly: they pass, a reader only wants to see what grew. */
const ADDITIONS_LISTED = 15;

/** The file after `--name`, if given. */
function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? path.resolve(args[index + 1] ?? '') : undefined;
}

function main(args: string[], renderFolder: string): number {
  const baselineFile = option(args, '--baseline') ?? defaultBaseline;
  const current = option(args, '--document') ?? renderDocument(renderFolder);
  if (args.includes('--accept')) {
    fs.writeFileSync(baselineFile, `${JSON.stringify(readDocument(current), null, 2)}\n`);
    console.log(
      `${path.relative(repoRoot, baselineFile)} is now the document the code generates; commit it.`,
    );
    return 0;
  }
  const changes = diffOpenApi(readDocument(baselineFile), readDocument(current));
  const additions = changes.filter((change) => change.kind === 'addition');
  const breaking = changes.filter((change) => change.kind === 'breaking');
  if (additions.length > 0) {
    console.log(`API additions since the release baseline (${additions.length}):`);
    for (const change of additions.slice(0, ADDITIONS_LISTED))
      console.log(`  + ${change.at}: ${change.message}`);
    if (additions.length > ADDITIONS_LISTED)
      console.log(`  … and ${additions.length - ADDITIONS_LISTED} more`);
  }
  if (breaking.length === 0) {
    console.log('No breaking change to the HTTP API since the release baseline.');
    return 0;
  }
  console.error(`Breaking changes to the HTTP API since the release baseline (${breaking.length}):`);
  for (const change of breaking) console.error(`  ! ${change.at}: ${change.message}`);
  console.error(
    'Keep the API compatible, or, if the break is deliberate (a new major version), `npm run api:baseline` and commit.',
  );
  return 1;
}

const renderFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'orbita-api-gate-'));
try {
  process.exitCode = main(process.argv.slice(2), renderFolder);
} catch (error) {
  // The renderer has printed its own error already; the gate's stack trace would only bury it.
  console.error(`API gate: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(renderFolder, { recursive: true, force: true });
}
