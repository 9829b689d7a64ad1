import type { Messages } from './sv';

export const en: Messages = {
  app: {
    name: 'Likvärd',
    tagline: 'School digitalisation in figures',
    language: 'Language',
    skipToContent: 'Skip to content',
    loading: 'Loading…',
    error: 'Could not load the data: {message}',
    retry: 'Try again',
  },
  nav: { overview: 'Overview', mainNavigation: 'Main menu' },
  overview: {
    title: 'Overview',
    intro: 'The municipality’s central support for school digitalisation, budget year {year}.',
    supportUnit: 'Central support',
    totalFte: 'Full-time posts',
    peopleServed: 'People served',
    peopleServedHint: 'pupils, teachers and school leaders',
    peoplePerFte: 'People per full-time post',
    annualCost: 'Annual cost',
    annualCostHint: 'salaries and employer’s fees',
    posts: 'Posts',
    postsChartTitle: 'Size of each post (full-time equivalents)',
    postTitle: 'Post',
    fte: 'FTE',
    cost: 'Annual cost',
    total: 'Total',
  },
};
