// Runs a TypeScript entry point (migrations, seeds, benchmarks) with SWC (decorator metadata kept, tsconfig paths resolved).
require('@swc-node/register');
require(require('node:path').resolve(process.argv[2]));
