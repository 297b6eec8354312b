import { expect } from '@open-wc/testing';
import type { Result } from '@kommunaldialog/sdk';
import { CSV_COLUMNS, csvField, resultsToCsv, UTF8_BOM } from './csv.js';

function result(overrides: Partial<Result>): Result {
  return {
    id: 'tuebingen-bushaltestelle',
    municipality: 'tuebingen',
    title: 'Neue Bushaltestelle',
    summary: '',
    topics: ['mobilitaet'],
    status: 'done',
    progress: 100,
    geometry: { type: 'Point', coordinates: [9.0603, 48.5074] },
    precision: 'exact',
    relatedEvents: [],
    concernCount: 3,
    office: 'Tiefbauamt',
    timeline: [],
    updatedAt: '2026-11-20T10:00:00+01:00',
    ...overrides,
  };
}

describe('results CSV', () => {
  it('quotes fields with separators, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('Sprachcafé')).to.equal('Sprachcafé');
    expect(csvField('Wege, Plätze')).to.equal('"Wege, Plätze"');
    expect(csvField('Das „Café“ "Mitte"')).to.equal('"Das „Café“ ""Mitte"""');
    expect(csvField('Zeile 1\nZeile 2')).to.equal('"Zeile 1\nZeile 2"');
    expect(csvField('a;b')).to.equal('"a;b"');
    expect(csvField(42)).to.equal('42');
  });

  it('keeps spreadsheets from running text as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).to.equal(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+49 7071')).to.equal("'+49 7071");
    expect(csvField('@home')).to.equal("'@home");
  });

  it('starts with a BOM and the header, ends lines with CRLF, and leaves areas without coordinates', () => {
    const csv = resultsToCsv(
      [
        result({ title: 'Haltestelle, barrierefrei' }),
        result({
          id: 'tuebingen-garten',
          precision: 'area',
          geometry: { type: 'Polygon', coordinates: [[[9, 48], [9.01, 48], [9.01, 48.01], [9, 48]]] },
        }),
      ],
      { municipalityName: () => 'Tübingen' },
    );
    expect(csv.startsWith(`${UTF8_BOM}${CSV_COLUMNS.join(',')}\r\n`)).to.equal(true);
    const [, exact, area] = csv.slice(1).split('\r\n');
    expect(exact).to.equal(
      'tuebingen-bushaltestelle,"Haltestelle, barrierefrei",done,100,tuebingen,Tübingen,mobilitaet,exact,48.507400,9.060300,3,Tiefbauamt,2026-11-20T10:00:00+01:00,',
    );
    expect(area!.split(',').slice(7, 10)).to.deep.equal(['area', '', '']);
    expect(csv.endsWith('\r\n')).to.equal(true);
  });
});
