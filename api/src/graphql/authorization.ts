import { Extensions } from 'type-graphql';

export const PUBLIC_EXTENSION = 'likvardPublic';

/**
 * Marks an operation anyone may call, without a session (login, me). Visible in the built schema's extensions; the
 * auth module's checker decides everything else (`@Authorized`).
 */
export const Public = () => Extensions({ [PUBLIC_EXTENSION]: true });
