import { createApp } from 'vue';
import App from './App.vue';
import './styles/base.css';
import './styles/page.css';
import { createApolloClient } from './apollo/client';
import { ApolloClientKey } from './apollo/use-query';
import { createAppI18n } from './i18n';
import { forgetCurrentUser } from './modules/auth/composables/use-current-user';
import { createAppRouter, LOGIN_PATH } from './router';

const i18n = createAppI18n();
document.documentElement.lang = i18n.global.locale.value;

// The router needs the client (to ask who is signed in) and the client needs the router (to send a person whose
// session has ended to the login page): the callback closes over the router created just after.
const client = createApolloClient({
  onUnauthenticated: () => {
    forgetCurrentUser();
    const here = router.currentRoute.value;
    if (here.name !== 'login') void router.push({ path: LOGIN_PATH, query: here.fullPath === '/' ? {} : { next: here.fullPath } });
  },
});
const router = createAppRouter(client);

createApp(App).provide(ApolloClientKey, client).use(i18n).use(router).mount('#app');
