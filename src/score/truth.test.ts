import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../compiler/diagnostics';
import { checkTruth, readTruth } from './truth';

const GOOD = `published: 2025-11-17T10:00
figures:
  - { text: "SGD 4.35", value: 4.35, currency: SGD, unit: SGD }
  - { text: "six months", value: 6, unit: months, occurrence: 2 }
dates:
  - { text: "Nov 17", resolved: 2025-11-17T10:00 }
  - { text: "in 2019", resolved: 2019 }
  - { text: "H1", resolved: 2025-H1 }
people:
  - { name: Amy Hood, role: chief financial officer, aliases: [Hood] }
  - { name: Jensen Huang, role: null }
`;

describe('readTruth(yamlText, path)', () => {
  it('reads the labels with defaults: no currency, no qualifier, no aliases; a bare year is a date', () => {
    const { truth } = readTruth(GOOD, 'x.truth.yaml');
    expect(truth?.figures[1]).toEqual({ text: 'six months', value: 6, unit: 'months', currency: null, qualifier: null, occurrence: 2 });
    expect(truth?.dates.map((d) => d.resolved)).toEqual(['2025-11-17T10:00', '2019', '2025-H1']);
    expect(truth?.people[1]).toEqual({ name: 'Jensen Huang', role: null, aliases: [] });
  });

  it('names the file, line and column and what was expected, for every problem at once', () => {
    const bad = `published: 2025-11-17
figures:
  - { text: "a", value: "4.35", currency: sgd, unit: SGD }
  - { text: "b", value: 1, unit: x, ocurrence: 2 }
  - { value: 1, unit: x }
dates:
  - { text: "x", resolved: 2025-13 }
people:
  - { name: A }
`;
    const lines = readTruth(bad, 'seeds/corpus/x.truth.yaml').diagnostics.map(formatDiagnostic);
    expect(lines).toEqual([
      'seeds/corpus/x.truth.yaml:3:25: figures[0].value: expected a number, fully scaled ("EUR2.1 billion" is 2.1e9), got "4.35"',
      'seeds/corpus/x.truth.yaml:3:43: figures[0].currency: expected an ISO 4217 code such as USD, or null, got "sgd"',
      'seeds/corpus/x.truth.yaml:4:48: figures[1].ocurrence: unknown key "ocurrence"',
      'seeds/corpus/x.truth.yaml:5:5: figures[2].text: missing key "text"',
      'seeds/corpus/x.truth.yaml:7:28: dates[0].resolved: expected a date (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:mm, YYYY-Qn or YYYY-Hn), got "2025-13"',
      'seeds/corpus/x.truth.yaml:9:5: people[0].role: missing key "role"',
    ]);
  });

  it('reports malformed YAML with its position', () => {
    const lines = readTruth('figures: [\n', 'x.yaml').diagnostics.map(formatDiagnostic);
    expect(lines[0]).toMatch(/^x\.yaml:\d+:\d+: malformed YAML: /);
  });
});

describe('checkTruth(articleText, truth)', () => {
  const article = 'SINGAPORE, Nov 17 (Reuters) - Shares hit SGD 4.35 in 2019, CFO Amy Hood, chief financial officer, said. Jensen Huang waited six months, then six months.';

  it('accepts labels that stand in the article as written', () => {
    const { truth } = readTruth(GOOD.replace('  - { text: "H1", resolved: 2025-H1 }\n', ''), 'x');
    expect(checkTruth(article, truth!)).toEqual([]);
  });

  it('names each label that is not in the article, an occurrence too far, a double label and a missing dateline date', () => {
    const { truth } = readTruth(
      `published: 2025-11-18
figures:
  - { text: "SGD 4.35", value: 4.35, unit: SGD, occurrence: 2 }
  - { text: "SGD 4.36", value: 4.36, unit: SGD }
dates:
  - { text: "in 2019", resolved: 2019 }
  - { text: "in 2019", resolved: 2019 }
people:
  - { name: Mira Murati, role: null }
  - { name: Amy Hood, role: CTO, aliases: [Hoody] }
`,
      'x',
    );
    expect(checkTruth(article, truth!).map((p) => `${p.path.join('.')}: ${p.message}`)).toEqual([
      'figures.0.text: "SGD 4.35" is not in the article 2 times (only once)',
      'figures.1.text: "SGD 4.36" is not in the article',
      'dates.1: "in 2019" (occurrence 1) is labelled twice: also dates[0]',
      'people.0.name: "Mira Murati" is not in the article',
      'people.1.aliases.0: "Hoody" is not in the article',
      `people.1.role: "CTO" is not the text's own words: it is not in the article`,
      'published: no date resolves to 2025-11-18: label the dateline\'s date among the dates',
    ]);
  });

  it('points a label found in the headline at the body\'s appearance', () => {
    const { truth } = readTruth('published: null\nfigures:\n  - { text: "$2bn", value: 2.0e9, unit: USD }\ndates: []\npeople: []\n', 'x');
    expect(checkTruth('Chipmaker raises $2bn\n\nThe chipmaker raised $2bn.', truth!)).toEqual([
      { path: ['figures', 0, 'text'], message: '"$2bn" (occurrence 1) is in the headline: label the body\'s, with occurrence 2' },
    ]);
  });
});
