import { generateFiles, type Tree } from '@nx/devkit';
import { join } from 'node:path';
import { classNameOf, constantNameOf, propertyNameOf, serviceName, subjectToken } from '../lib/naming';
import { formatSources, readText, withReExport } from '../lib/source-edits';

export interface EventGeneratorOptions {
  service: string;
  aggregate: string;
  event: string;
}

const CONTRACTS = 'libs/contracts/src';

/**
 * `nx g ./tools/generators:event <service> <aggregate> <event>`: the contract `<service>.<aggregate>.<event>.v1`
 * in libs/contracts (events are for every service), its payload class with one example field, exported
 * from the producer's barrel, and a spec that the payload class judges a sample.
 */
export default async function eventGenerator(tree: Tree, options: EventGeneratorOptions): Promise<void> {
  const service = serviceName(options.service);
  const aggregate = subjectToken(options.aggregate, 'aggregate');
  const event = subjectToken(options.event, 'event');
  const fileName = `${aggregate}-${event}`;
  const folder = `${CONTRACTS}/${service}`;
  if (tree.exists(`${folder}/${fileName}.ts`)) throw new Error(`${folder}/${fileName}.ts exists already`);

  generateFiles(tree, join(__dirname, 'files'), folder, {
    fileName,
    aggregate,
    subject: `${service}.${aggregate}.${event}.v1`,
    payloadClass: `${classNameOf(fileName)}V1`,
    contractName: `${constantNameOf(fileName)}_V1`,
    idField: `${propertyNameOf(aggregate)}Id`,
  });
  const barrel = `${folder}/index.ts`;
  const newProducer = !tree.exists(barrel);
  tree.write(barrel, withReExport(tree.read(barrel, 'utf-8') ?? '', `./${fileName}`));
  if (newProducer) {
    tree.write(
      `${CONTRACTS}/index.ts`,
      withReExport(readText(tree, `${CONTRACTS}/index.ts`), `./${service}`),
    );
  }
  await formatSources(tree, [barrel]);
}
