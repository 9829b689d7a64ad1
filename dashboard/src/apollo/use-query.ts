import type { ApolloClient, OperationVariables, TypedDocumentNode } from '@apollo/client';
import { inject, onScopeDispose, shallowRef, toValue, watch, type InjectionKey, type MaybeRefOrGetter, type Ref } from 'vue';

export const ApolloClientKey: InjectionKey<ApolloClient> = Symbol('ApolloClient');

export function useApolloClient(): ApolloClient {
  const client = inject(ApolloClientKey);
  if (!client) throw new Error('No Apollo client provided: app.provide(ApolloClientKey, client)');
  return client;
}

export interface QueryState<TData> {
  data: Ref<TData | undefined>;
  error: Ref<Error | undefined>;
  loading: Ref<boolean>;
  refetch: () => Promise<void>;
}

/**
 * A small `useQuery` over `client.watchQuery` (@vue/apollo-composable does not work with Apollo Client 4).
 * Re-subscribes when the variables change; the previous subscription is dropped, so a stale answer never lands.
 */
export function useQuery<TData, TVariables extends OperationVariables = OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables?: MaybeRefOrGetter<TVariables>,
  options: { enabled?: MaybeRefOrGetter<boolean> } = {},
): QueryState<TData> {
  const client = useApolloClient();
  const data = shallowRef<TData>();
  const error = shallowRef<Error>();
  const loading = shallowRef(true);
  let unsubscribe: (() => void) | undefined;
  let refetchCurrent: () => Promise<void> = async () => undefined;

  const start = (vars: TVariables | undefined) => {
    unsubscribe?.();
    loading.value = true;
    const observable = client.watchQuery<TData, TVariables>({ query: document, variables: vars } as never);
    const subscription = observable.subscribe({
      next: (result) => {
        loading.value = result.loading;
        if (result.data !== undefined && result.dataState === 'complete') data.value = result.data as TData;
        error.value = result.error ?? undefined;
      },
      error: (e: unknown) => {
        loading.value = false;
        error.value = e instanceof Error ? e : new Error(String(e));
      },
    });
    unsubscribe = () => subscription.unsubscribe();
    refetchCurrent = async () => {
      await observable.refetch();
    };
  };

  // A query that waits for something (e.g. the budget year from another query) starts once enabled.
  watch(
    () => [toValue(variables), toValue(options.enabled) ?? true] as const,
    ([vars, enabled]) => {
      if (enabled) start(vars);
    },
    { immediate: true, deep: true },
  );
  onScopeDispose(() => unsubscribe?.());
  return { data, error, loading, refetch: () => refetchCurrent() };
}
