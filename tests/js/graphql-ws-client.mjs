// A real graphql-transport-ws client (the npm graphql-ws package) driving the .NET server's WebSocket endpoint.
//   node graphql-ws-client.mjs <ws-url> <token>  -> one JSON object on stdout describing what the client saw
// Scenario: connect with connection_init payload { token }, keep-alive pings, a subscription to the end, a query over the
// socket, an invalid subscription (error message), a subscription the client completes early, one that
// outlives several server pings (answered with pong), and a second client whose
// token is refused (close code).
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, token] = process.argv.slice(2);
const report = { pongs: 0, serverPings: 0, acknowledged: false };

function connect(connectionParams, extra = {}) {
  return createClient({ url, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true, ...extra });
}

// Collects every event of one operation until complete or error.
function run(client, payload) {
  return new Promise((resolve) => {
    const events = [];
    client.subscribe(payload, {
      next: (value) => events.push({ next: value }),
      error: (error) => resolve({ events, error: Array.isArray(error) ? error : { code: error.code, reason: error.reason, message: String(error) } }),
      complete: () => resolve({ events, complete: true }),
    });
  });
}

const client = connect({ token }, {
  keepAlive: 20,
  on: {
    connected: () => { report.acknowledged = true; },
    pong: (received) => { if (received) report.pongs++; },
    ping: (received) => { if (received) report.serverPings++; }, // the client answers each with pong by itself
  },
});

report.subscription = await run(client, { query: 'subscription { counter(to: 3) }' });
report.query = await run(client, { query: 'query Me { me hello(name: "ws") }' });
report.invalid = await run(client, { query: 'subscription { nope }' });
report.early = await new Promise((resolve) => {
  const values = [];
  const dispose = client.subscribe({ query: 'subscription { counter(to: 1000) }' }, {
    next: (value) => {
      values.push(value.data.counter);
      // Values the server sent before it read the complete may still arrive (one every 10 ms); after that, none may.
      if (values.length === 2) {
        dispose();
        setTimeout(() => { const settled = [...values]; setTimeout(() => resolve({ values: settled, later: values.length }), 300); }, 300);
      }
    },
    error: (error) => resolve({ values, error: String(error) }),
    complete: () => {},
  });
});
// A subscription that outlives several of the server's keep-alive pings (the lazy client closes idle sockets).
report.long = await run(client, { query: 'subscription { counter(to: 30) }' });
await client.dispose();

const refused = connect({ token: 'wrong' });
report.refused = await run(refused, { query: '{ hello }' });
await refused.dispose();

process.stdout.write(JSON.stringify(report));
process.exit(0);
