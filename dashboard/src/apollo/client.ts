import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** One client for the app; same-origin `/graphql` (the API serves the dashboard, and Vite proxies it in dev). */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
