import { describe, expect, it } from 'vitest';
import { fteByAreaAndPost, timeSplitOption } from './support-charts';

const areas = [
  { code: 'PEDAGOGICAL_SUPPORT', title: 'Pedagogiskt IT-stöd' },
  { code: 'DATA_PROTECTION', title: 'Dataskydd (GDPR)' },
];
const posts = [
  { title: 'IT-pedagog', fte: 1, timeSplit: [{ serviceAreaCode: 'PEDAGOGICAL_SUPPORT', share: 0.7 }, { serviceAreaCode: 'TRAINING', share: 0.3 }] },
  { title: 'Dataskyddssamordnare', fte: 0.2, timeSplit: [{ serviceAreaCode: 'DATA_PROTECTION', share: 0.9 }, { serviceAreaCode: 'PROCUREMENT', share: 0.1 }] },
];

describe('time per service area', () => {
  it('is each post’s FTE × its share of time in the area', () => {
    expect(fteByAreaAndPost(areas, posts)).toEqual([
      [0.7, 0],
      [0, 0.18],
    ]);
  });

  it('stacks one series per post and sums each area in the description', () => {
    const option = timeSplitOption(areas, posts, 'Tid', 'årsarbetare') as { series: { name: string; stack: string }[]; aria: { label: { description: string } } };
    expect(option.series.map((s) => [s.name, s.stack])).toEqual([
      ['IT-pedagog', 'fte'],
      ['Dataskyddssamordnare', 'fte'],
    ]);
    expect(option.aria.label.description).toBe('Tid: Pedagogiskt IT-stöd 0,7 årsarbetare; Dataskydd (GDPR) 0,18 årsarbetare.');
  });
});
