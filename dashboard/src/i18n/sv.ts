export const sv = {
  app: {
    name: 'Likvärd',
    tagline: 'Skolans digitalisering i siffror',
    language: 'Språk',
    skipToContent: 'Hoppa till innehållet',
    loading: 'Hämtar…',
    error: 'Kunde inte hämta uppgifterna: {message}',
    retry: 'Försök igen',
  },
  nav: { overview: 'Översikt', mainNavigation: 'Huvudmeny' },
  overview: {
    title: 'Översikt',
    intro: 'Kommunens centrala stöd för skolans digitalisering, budgetåret {year}.',
    supportUnit: 'Centrala stödet',
    totalFte: 'Årsarbetare',
    peopleServed: 'Personer som stöds',
    peopleServedHint: 'elever, lärare och skolledare',
    peoplePerFte: 'Personer per årsarbetare',
    annualCost: 'Årskostnad',
    annualCostHint: 'lön och PO-pålägg',
    posts: 'Tjänster',
    postsChartTitle: 'Tjänsternas omfattning (årsarbetare)',
    postTitle: 'Tjänst',
    fte: 'Årsarbetare',
    cost: 'Årskostnad',
    total: 'Summa',
  },
};

export type Messages = typeof sv;
