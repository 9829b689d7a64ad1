import { createApp } from 'vue';
import App from './App.vue';
import { createApolloClient } from './apollo/client';
import { ApolloClientKey } from './apollo/use-query';
import { createAppI18n } from './i18n';
import { createAppRouter } from './router';

const i18n = createAppI18n();
document.documentElement.lang = i18n.global.locale.value;

createApp(App).provide(ApolloClientKey, createApolloClient()).use(i18n).use(createAppRouter()).mount('#app');
