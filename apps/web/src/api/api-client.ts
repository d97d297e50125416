import { createClient as createWsClient } from 'graphql-ws';
import { Client, fetchExchange, mapExchange, subscriptionExchange } from 'urql';

/**
 * A urql client bound to one API key: queries over HTTP with x-api-key, subscriptions over graphql-ws on
 * the same origin with the key in connection_init. No document cache: the views are live and page by
 * hand, so every read goes to the API.
 */
export function createApiClient(apiKey: string, onUnauthorized?: () => void): Client {
  const wsUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  const ws = createWsClient({ url: wsUrl, connectionParams: { apiKey }, lazy: true, retryAttempts: Infinity });
  return new Client({
    url: '/graphql',
    requestPolicy: 'network-only',
    // POST always: urql's default GET for short queries is refused by the API's CSRF guard, and would put
    // the operation in logs of proxies on the way.
    preferGetMethod: false,
    fetchOptions: { headers: { 'x-api-key': apiKey } },
    exchanges: [
      // A key revoked while the UI is open: back to sign-in rather than errors on every view.
      mapExchange({
        onError: (error) => {
          if ((error.response as Response | undefined)?.status === 401) onUnauthorized?.();
        },
      }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
}
