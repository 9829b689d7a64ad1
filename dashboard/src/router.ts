import type { ApolloClient } from '@apollo/client';
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { loadCurrentUser } from './modules/auth/composables/use-current-user';
import { GLOSSARY_PATH } from './modules/help/help-pages';

export const LOGIN_PATH = '/logga-in';

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'overview', component: () => import('./pages/OverviewPage.vue') },
  { path: '/budget', name: 'budget', component: () => import('./pages/BudgetPage.vue') },
  { path: '/centrala-stodet', name: 'support', component: () => import('./pages/SupportUnitPage.vue') },
  { path: '/skolor', name: 'schools', component: () => import('./pages/SchoolsPage.vue') },
  { path: '/skolor/:id', name: 'school', component: () => import('./pages/SchoolPage.vue'), props: true },
  { path: '/scenarier', name: 'scenarios', component: () => import('./pages/ScenariosPage.vue') },
  { path: '/riskanalys', name: 'risks', component: () => import('./pages/RiskAnalysisPage.vue') },
  { path: '/kanslighet', name: 'sensitivity', component: () => import('./pages/SensitivityPage.vue') },
  { path: '/import', name: 'import', component: () => import('./pages/ImportPage.vue') },
  { path: GLOSSARY_PATH, name: 'glossary', component: () => import('./pages/GlossaryPage.vue') },
  { path: LOGIN_PATH, name: 'login', component: () => import('./pages/LoginPage.vue'), meta: { public: true } },
  { path: '/:pathMatch(.*)*', redirect: '/' },
];

/** Only a path inside the app may be a target after login (no open redirect). */
export const safeNext = (next: unknown): string => (typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') ? next : '/');

export function createAppRouter(client: ApolloClient) {
  // A link to a glossary term (`/ordlista#lika`) opens at the term; other navigation keeps the browser's scrolling.
  const router = createRouter({ history: createWebHistory(), routes, scrollBehavior: (to) => (to.hash ? { el: to.hash } : undefined) });
  router.beforeEach(async (to) => {
    const user = await loadCurrentUser(client).catch(() => null);
    if (to.meta.public) return user && to.name === 'login' ? safeNext(to.query.next) : true;
    if (!user) return { name: 'login', query: to.fullPath === '/' ? {} : { next: to.fullPath } };
    return true;
  });
  return router;
}
