import { graphql } from '../../../gql';

export const CurrentUserQuery = graphql(`
  query CurrentUser {
    me {
      id
      email
      name
      role
      municipality {
        code
        name
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      id
      email
      name
      role
      municipality {
        code
        name
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
