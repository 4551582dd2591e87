// A frontend submitting a complaint to the API the AppHost started, and following it with graphql-ws until it is routed:
//   node apphost-complaint-routing.mjs <http-url> <ws-url> <api-key> <complaint-text>
// Submits a Billing complaint of severity LOW for a private customer, subscribes to complaintUpdated (includeCurrent, so a
// routing that beats the subscription is not missed) and prints one JSON object: the complaint, every update it saw, and
// the owner it was routed to.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createHttpClient } from './api-http-client.mjs';

const [httpUrl, wsUrl, apiKey, text] = process.argv.slice(2);
const report = { updates: [] };

const graphql = createHttpClient(httpUrl, apiKey);

const start = await graphql(`{
  customers(where: { segment: PRIVATE }, first: 1) { nodes { id name segment } }
  touchpoints(first: 1) { nodes { id name } }
}`);
const submitted = await graphql(`mutation ($input: SubmitComplaintInput!) {
  submitComplaint(input: $input) { complaint { id status } errors { __typename } }
}`, { input: {
  customerId: start.customers.nodes[0].id,
  touchpointId: start.touchpoints.nodes[0].id,
  category: 'BILLING',
  severity: 'LOW',
  text,
  idempotencyKey: `apphost-${Date.now()}-${Math.random()}`,
} });
report.submitted = submitted.submitComplaint;
const complaint = submitted.submitComplaint.complaint;

const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { apiKey }, retryAttempts: 0 });
await new Promise((resolve, reject) => {
  const timeout = setTimeout(() => reject(new Error(`not routed within 30 s: ${JSON.stringify(report.updates)}`)), 30000);
  client.subscribe(
    {
      query: 'subscription ($id: ID!) { complaintUpdated(id: $id, includeCurrent: true) { id status assignee { name team } } }',
      variables: { id: complaint.id },
    },
    {
      next: (value) => {
        const update = value.data?.complaintUpdated;
        report.updates.push(update ?? value);
        if (update?.status === 'ROUTED') {
          report.routedTo = update.assignee;
          clearTimeout(timeout);
          resolve();
        }
      },
      error: (error) => { clearTimeout(timeout); reject(new Error(JSON.stringify(error?.reason ?? error))); },
      complete: () => { clearTimeout(timeout); reject(new Error('the subscription completed before the complaint was routed')); },
    });
});
await client.dispose();
console.log(JSON.stringify(report));
process.exit(0);
