// The peer of the GraphQL server load benchmark: graphql-js 16 served by graphql-http on Node's http module, over the same
// workload folder as our server (schema.graphql, data.json). Prints "listening <port>" once it accepts requests.
//   node graphql-http-server.mjs <workloadDir> <port>
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';

const [dir, port] = process.argv.slice(2);
if (!dir || !port) {
  process.stderr.write('usage: graphql-http-server.mjs <workloadDir> <port>\n');
  process.exit(2);
}

const schema = buildSchema(readFileSync(join(dir, 'schema.graphql'), 'utf8'));
const data = JSON.parse(readFileSync(join(dir, 'data.json'), 'utf8'));
// The same resolver as ours: filter by segment when given, then the first N.
const rootValue = {
  customers: ({ segment, first }) =>
    data.customers.filter(customer => segment == null || customer.segment === segment).slice(0, first ?? 20),
};

const handler = createHandler({ schema, rootValue });
const server = createServer((req, res) => {
  if (req.url.startsWith('/graphql')) {
    handler(req, res);
  } else {
    res.writeHead(404).end();
  }
});
server.listen(Number(port), '127.0.0.1', () => process.stdout.write(`listening ${port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
