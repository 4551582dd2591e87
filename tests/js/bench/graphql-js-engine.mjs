// Times the GraphQL engine workload in graphql-js 16, the reference the .NET benchmark (GraphQLEngineBenchmarks) is compared with.
//   node graphql-js-engine.mjs <workloadDir> [--iterations N] [--warmup N]   -> timings as JSON on stdout
//   node graphql-js-engine.mjs <workloadDir> --result                        -> the response JSON (to check both engines do the same work)
// The workload folder holds schema.graphql, data.json (the root value, read by default resolvers; abstract types by __typename),
// query.graphql and variables.json. "whole" is parse + validate + execute + JSON.stringify of a fresh request each time;
// "execute" is execution alone of a document parsed once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate, execute } from 'graphql';

const args = process.argv.slice(2);
const dir = args[0];
if (!dir) {
  process.stderr.write('usage: graphql-js-engine.mjs <workloadDir> [--iterations N] [--warmup N] [--result]\n');
  process.exit(2);
}
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at < 0 ? fallback : Number(args[at + 1]);
};

const schema = buildSchema(readFileSync(join(dir, 'schema.graphql'), 'utf8'));
const rootValue = JSON.parse(readFileSync(join(dir, 'data.json'), 'utf8'));
const query = readFileSync(join(dir, 'query.graphql'), 'utf8');
const variableValues = JSON.parse(readFileSync(join(dir, 'variables.json'), 'utf8'));

function whole() {
  const document = parse(query);
  const errors = validate(schema, document);
  if (errors.length > 0) return JSON.stringify({ errors });
  const result = execute({ schema, document, rootValue, variableValues });
  if (typeof result.then === 'function') throw new Error('the workload must execute synchronously');
  return JSON.stringify(result);
}

const parsed = parse(query);
function executeOnly() {
  return execute({ schema, document: parsed, rootValue, variableValues });
}

function countFields(value) {
  if (Array.isArray(value)) return value.reduce((sum, item) => sum + countFields(item), 0);
  if (value === null || typeof value !== 'object') return 0;
  return Object.values(value).reduce((sum, item) => sum + 1 + countFields(item), 0);
}

function time(work, warmup, iterations) {
  for (let i = 0; i < warmup; i++) work();
  const samples = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    work();
    samples[i] = Number(process.hrtime.bigint() - start) / 1000;
  }
  const sorted = Array.from(samples).sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / iterations;
  const at = q => sorted[Math.min(iterations - 1, Math.floor(q * iterations))];
  return { meanUs: mean, medianUs: at(0.5), p95Us: at(0.95), minUs: sorted[0], iterations };
}

if (args.includes('--result')) {
  process.stdout.write(whole());
} else {
  const response = JSON.parse(whole());
  if (response.errors) throw new Error(`the workload failed: ${JSON.stringify(response.errors)}`);
  const warmup = option('--warmup', 300);
  const iterations = option('--iterations', 2000);
  const report = {
    engine: `graphql-js ${(await import('graphql')).version} on Node ${process.versions.node}`,
    queryBytes: Buffer.byteLength(query, 'utf8'),
    resultFields: countFields(response.data),
    responseBytes: Buffer.byteLength(JSON.stringify(response), 'utf8'),
    whole: time(whole, warmup, iterations),
    execute: time(executeOnly, warmup, iterations),
  };
  process.stdout.write(JSON.stringify(report));
}
