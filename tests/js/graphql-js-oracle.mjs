// The reference side of the GraphQL conformance test: runs case folders through graphql-js 16.
//   node graphql-js-oracle.mjs <caseDir>...      -> JSON object { "<case>/<operation>": response } on stdout
//   node graphql-js-oracle.mjs --client-schema   -> reads an introspection response on stdin, prints buildClientSchema's SDL
//   node graphql-js-oracle.mjs --validate-sdl <file>... -> JSON object { "<file name>": { errors } }: validateSDL (what buildSchema asserts)
// A case folder holds schema.graphql, data.json (the root value) and operations *.graphql, each with an optional
// <name>.variables.json and <name>.operation.txt (the operation name). Default resolvers read the JSON; abstract types
// resolve by the object's __typename (graphql-js's default type resolver).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildSchema, buildClientSchema, printSchema, parse, validate, execute, GraphQLError } from 'graphql';
import { validateSDL } from 'graphql/validation/validate.js';

function toJson(error) {
  const out = { message: error.message };
  if (error.locations) out.locations = error.locations;
  if (error.path) out.path = error.path;
  return out;
}

async function run(schema, source, rootValue, variableValues, operationName) {
  let document;
  try {
    document = parse(source);
  } catch (e) {
    if (e instanceof GraphQLError) return { errors: [toJson(e)] };
    throw e;
  }
  const validationErrors = validate(schema, document);
  if (validationErrors.length > 0) return { errors: validationErrors.map(toJson) };
  const result = await execute({ schema, document, rootValue, variableValues, operationName });
  const out = {};
  if (result.errors) out.errors = result.errors.map(toJson);
  out.data = result.data ?? null;
  return out;
}

async function runCases(caseDirs) {
  const results = {};
  for (const dir of caseDirs) {
    const name = basename(dir);
    const schema = buildSchema(readFileSync(join(dir, 'schema.graphql'), 'utf8'));
    const dataFile = join(dir, 'data.json');
    const rootValue = existsSync(dataFile) ? JSON.parse(readFileSync(dataFile, 'utf8')) : {};
    for (const file of readdirSync(dir).filter(f => f.endsWith('.graphql') && f !== 'schema.graphql').sort()) {
      const op = file.slice(0, -'.graphql'.length);
      const varsFile = join(dir, `${op}.variables.json`);
      const opFile = join(dir, `${op}.operation.txt`);
      const variables = existsSync(varsFile) ? JSON.parse(readFileSync(varsFile, 'utf8')) : undefined;
      const operationName = existsSync(opFile) ? readFileSync(opFile, 'utf8').trim() : undefined;
      results[`${name}/${op}`] = await run(schema, readFileSync(join(dir, file), 'utf8'), rootValue, variables, operationName);
    }
  }
  process.stdout.write(JSON.stringify(results));
}

function clientSchema() {
  const introspection = JSON.parse(readFileSync(0, 'utf8'));
  process.stdout.write(printSchema(buildClientSchema(introspection.data ?? introspection)));
}

function sdlValidation(files) {
  const results = {};
  for (const file of files) {
    let errors;
    try {
      errors = validateSDL(parse(readFileSync(file, 'utf8'))).map(toJson);
    } catch (e) {
      if (!(e instanceof GraphQLError)) throw e;
      errors = [toJson(e)];
    }
    results[basename(file)] = { errors };
  }
  process.stdout.write(JSON.stringify(results));
}

const args = process.argv.slice(2);
if (args[0] === '--client-schema') clientSchema();
else if (args[0] === '--validate-sdl') sdlValidation(args.slice(1));
else await runCases(args);
