import { CombinedGraphQLErrors, type ApolloClient } from '@apollo/client';
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { ApolloClientKey } from '../apollo/use-query';
import { createAppI18n } from '../i18n';
import LoginPage from './LoginPage.vue';

/** A client whose login answers with one GraphQL error, as the API does. */
const refusingClient = (message: string) =>
  ({
    mutate: async () => {
      throw new CombinedGraphQLErrors({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
    },
  }) as unknown as ApolloClient;

async function submitWith(client: ApolloClient, locale: 'sv' | 'en') {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: LoginPage }] });
  await router.push('/logga-in');
  const wrapper = mount(LoginPage, { global: { plugins: [createAppI18n(locale), router], provide: { [ApolloClientKey as symbol]: client } } });
  await wrapper.find('#login-email').setValue('x@exempelkommun.se');
  await wrapper.find('#login-password').setValue('fel');
  await wrapper.find('form').trigger('submit');
  await flushPromises();
  return wrapper;
}

describe('LoginPage', () => {
  it.each([
    ['sv', 'Fel e-postadress eller lösenord.', 'Fel e-postadress eller lösenord. Försök igen.'],
    ['en', 'Fel e-postadress eller lösenord.', 'Wrong email address or password. Please try again.'],
    ['sv', 'För många misslyckade inloggningsförsök. Vänta 15 minuter och försök igen.', 'För många misslyckade inloggningsförsök. Vänta 15 minuter och försök igen.'],
    ['en', 'För många misslyckade inloggningsförsök. Vänta 15 minuter och försök igen.', 'Too many failed sign-in attempts. Wait 15 minutes and try again.'],
  ] as const)('in %s, answers the API’s “%s” with “%s”, and clears the password', async (locale, apiMessage, shown) => {
    const wrapper = await submitWith(refusingClient(apiMessage), locale);
    expect(wrapper.get('[role=alert]').text()).toBe(shown);
    expect((wrapper.get('#login-password').element as HTMLInputElement).value).toBe('');
    expect(wrapper.get('#login-password').attributes('aria-describedby')).toBe('login-error');
  });
});
