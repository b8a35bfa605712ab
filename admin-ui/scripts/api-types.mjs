// The console's API types, generated from the OpenAPI document that app writes at compile time
// (micronaut-openapi: app/target/classes/META-INF/swagger/*.yml).
//   node scripts/api-types.mjs          writes src/api/schema.d.ts
//   node scripts/api-types.mjs --check  fails when the committed file differs from what the YAML gives
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const swagger = fileURLToPath(new URL('../../app/target/classes/META-INF/swagger/', import.meta.url));
const schema = fileURLToPath(new URL('../src/api/schema.d.ts', import.meta.url));
const check = process.argv.includes('--check');

let yaml;
try {
  yaml = readdirSync(swagger).filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'));
} catch {
  yaml = [];
}
if (yaml.length !== 1) {
  console.error(`Expected one OpenAPI document in ${swagger}, found ${yaml.length}: compile app first (./mvnw compile -pl app).`);
  process.exit(1);
}

const header = `/**
 * Generated from app's OpenAPI document by \`npm run api:types\` (openapi-typescript). Do not edit:
 * change the Java API, compile app, and run it again. The build fails while this file is out of date.
 */

`;
const ast = await openapiTS(new URL(`file://${swagger}${yaml[0]}`));
const generated = header + astToString(ast);

if (!check) {
  writeFileSync(schema, generated);
  console.log(`${schema} ← ${yaml[0]}`);
} else {
  let committed = '';
  try {
    committed = readFileSync(schema, 'utf8');
  } catch {
    // missing: reported below
  }
  if (committed !== generated) {
    console.error(
      'admin-ui/src/api/schema.d.ts is not what the current OpenAPI document generates.\n' +
        'Run `npm run api:types` in admin-ui (after compiling app), fix what no longer type-checks, and commit the file.',
    );
    process.exit(1);
  }
  console.log('admin-ui/src/api/schema.d.ts matches the OpenAPI document.');
}
