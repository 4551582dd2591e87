// The HTTP half of a frontend talking to the CustomerCentric API: POSTs GraphQL with the API key and throws on errors.
export function createHttpClient(httpUrl, apiKey) {
  return async function graphql(query, variables) {
    const response = await fetch(httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'x-api-key': apiKey },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
}
