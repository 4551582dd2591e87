// A frontend's view of the complaint flow against the CustomerCentric API, with real npm clients:
//   node api-complaint-flow.mjs <http-url> <ws-url> <api-key>
// Queries a customer and a touchpoint (HTTP), submits a complaint, subscribes to it with graphql-ws (key in connection_init),
// prints "subscribed <complaintId>" and waits for the complaint to be routed (the test routes it once the server's Redis
// subscription is in place), acknowledges it through a mutation and waits for that update too. Prints one JSON object describing what it saw as its last line.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createHttpClient } from './api-http-client.mjs';

const [httpUrl, wsUrl, apiKey] = process.argv.slice(2);
const report = { updates: [] };

const graphql = createHttpClient(httpUrl, apiKey);

const start = await graphql(`{
  customers(first: 1, orderBy: NAME_ASC) { nodes { id name email } }
  touchpoints(first: 1) { nodes { id name } }
}`);
const customer = start.customers.nodes[0];
report.customer = customer;
const fetched = await graphql('query ($id: ID!) { customer(id: $id) { id name } }', { id: customer.id });
report.customerById = fetched.customer;

const submitted = await graphql(`mutation ($input: SubmitComplaintInput!) {
  submitComplaint(input: $input) { complaint { id status } repeated errors { __typename } }
}`, { input: {
  customerId: customer.id,
  touchpointId: start.touchpoints.nodes[0].id,
  category: 'DELIVERY_DELAY',
  severity: 'HIGH',
  text: 'The parcel is a week late and nobody answers.',
  idempotencyKey: `js-${Date.now()}-${Math.random()}`,
} });
const complaint = submitted.submitComplaint.complaint;
report.submitted = complaint;

const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { apiKey }, retryAttempts: 0 });
let acknowledging = Promise.resolve();
const done = new Promise((resolve) => {
  client.subscribe(
    { query: 'subscription ($id: ID!) { complaintUpdated(id: $id) { id status assignee { id name } } }', variables: { id: complaint.id } },
    {
      next: async (value) => {
        report.updates.push(value.data?.complaintUpdated ?? value);
        const status = value.data?.complaintUpdated?.status;
        if (status === 'ROUTED') {
          // The ACKNOWLEDGED update may arrive before this mutation's response: the report waits for both.
          acknowledging = graphql(`mutation ($input: AcknowledgeComplaintInput!) {
            acknowledgeComplaint(input: $input) { complaint { status } errors { __typename } }
          }`, { input: { complaintId: complaint.id, actor: 'owner@customercentric.test' } })
            .then((ack) => { report.acknowledged = ack.acknowledgeComplaint; });
        } else if (status === 'ACKNOWLEDGED') {
          await acknowledging;
          resolve();
        }
      },
      error: (error) => { console.log(JSON.stringify({ ...report, error: error?.reason ?? error?.message ?? error })); process.exit(3); },
      complete: () => resolve(),
    });
});

console.log(`subscribed ${complaint.id}`);

const timeout = setTimeout(() => { console.log(JSON.stringify({ ...report, timedOut: true })); process.exit(2); }, 30000);
await done;
clearTimeout(timeout);
await client.dispose();
console.log(JSON.stringify(report));
process.exit(0);
