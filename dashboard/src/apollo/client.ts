import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';

/**
 * One client for the app; same-origin `/graphql` (the API serves the dashboard, and Vite proxies it in dev).
 * `onUnauthenticated` runs when the API says the session is missing or gone, so the app can send the person to
 * the login page.
 */
export function createApolloClient(options: { uri?: string; onUnauthenticated?: () => void } = {}): ApolloClient {
  const unauthenticated = new ErrorLink(({ error, operation }) => {
    if (operation.operationName === 'Login') return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) options.onUnauthenticated?.();
  });
  return new ApolloClient({
    link: ApolloLink.from([unauthenticated, new HttpLink({ uri: options.uri ?? '/graphql', credentials: 'same-origin' })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
