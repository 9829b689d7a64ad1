/** Messages of the shared chart components, merged into the app's under `chart` (see src/i18n/index.ts). */
export const sv = {
  download: 'Ladda ner',
  downloadAs: 'Ladda ner diagrammet som {format}',
  downloadFailed: 'Diagrammet kunde inte sparas som bild.',
};

export const en: typeof sv = {
  download: 'Download',
  downloadAs: 'Download the chart as {format}',
  downloadFailed: 'The chart could not be saved as an image.',
};
