import type { ApolloClient } from '@apollo/client';
import { computed, shallowRef, type ComputedRef, type ShallowRef } from 'vue';
import type { CurrentUserFieldsFragment, Role } from '../../../gql/graphql';
import { CurrentUserQuery as CurrentUserDocument, LoginMutation, LogoutMutation } from '../graphql/auth.graphql';

export type CurrentUser = CurrentUserFieldsFragment;

const RANK: Record<Role, number> = { VIEWER: 0, ANALYST: 1, EDITOR: 2, ADMIN: 3 };

/** Roles are cumulative (VIEWER < ANALYST < EDITOR < ADMIN), as in the API. Pure, so it is tested directly. */
export function roleAtLeast(role: Role | undefined, required: Role): boolean {
  return role !== undefined && RANK[role] >= RANK[required];
}

/**
 * Who is signed in, shared by the whole app. `undefined` until asked; `null` when nobody is. The API decides what is
 * allowed; these checks only keep the UI from offering what the role may not do.
 */
const current: ShallowRef<CurrentUser | null | undefined> = shallowRef(undefined);

export interface CurrentUserState {
  user: ShallowRef<CurrentUser | null | undefined>;
  signedIn: ComputedRef<boolean>;
  hasRole(required: Role): boolean;
  /** ANALYST and up: edit data, import, build scenarios. */
  canEditData: ComputedRef<boolean>;
  /** EDITOR and up: propose and decide scenarios, override risk ratings. */
  canDecide: ComputedRef<boolean>;
  /** ADMIN: manage users. */
  canManageUsers: ComputedRef<boolean>;
}

export function useCurrentUser(): CurrentUserState {
  const role = () => current.value?.role;
  return {
    user: current,
    signedIn: computed(() => !!current.value),
    hasRole: (required) => roleAtLeast(role(), required),
    canEditData: computed(() => roleAtLeast(role(), 'ANALYST')),
    canDecide: computed(() => roleAtLeast(role(), 'EDITOR')),
    canManageUsers: computed(() => roleAtLeast(role(), 'ADMIN')),
  };
}

/** Asks the API once who is signed in (the session cookie is httpOnly, so only the API can tell). */
export async function loadCurrentUser(client: ApolloClient): Promise<CurrentUser | null> {
  if (current.value !== undefined) return current.value;
  const { data } = await client.query({ query: CurrentUserDocument, fetchPolicy: 'network-only' });
  current.value = data?.me ?? null;
  return current.value;
}

export async function logIn(client: ApolloClient, email: string, password: string): Promise<CurrentUser> {
  const { data } = await client.mutate({ mutation: LoginMutation, variables: { email, password } });
  if (!data) throw new Error('no data');
  // A new user must not see the previous one's cached answers.
  await client.clearStore();
  current.value = data.login;
  return data.login;
}

export async function logOut(client: ApolloClient): Promise<void> {
  try {
    await client.mutate({ mutation: LogoutMutation });
  } finally {
    forgetCurrentUser();
    await client.clearStore();
  }
}

/** The session is gone (logout, expiry, deactivation): the next navigation asks again. */
export function forgetCurrentUser(): void {
  current.value = null;
}
