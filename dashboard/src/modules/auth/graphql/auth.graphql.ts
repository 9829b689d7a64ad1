import { graphql } from '../../../gql';

/** Who is signed in, as the header shows them and the pages ask (their role decides what a page offers). */
export const CurrentUserFields = graphql(`
  fragment CurrentUserFields on User {
    id
    email
    name
    role
    municipality {
      code
      name
    }
  }
`);

export const CurrentUserQuery = graphql(`
  query CurrentUser {
    me {
      ...CurrentUserFields
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...CurrentUserFields
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
