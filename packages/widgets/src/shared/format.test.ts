import { expect } from '@open-wc/testing';
import { LOCALES } from '@kommunaldialog/sdk';
import { createFormatter } from './format.js';
import { sharedMessages } from './messages/index.js';

/** Arabic-Indic and Persian digits to ASCII, bidi marks removed: compare values, not glyphs. */
function plain(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u200e\u200f\u061c\u202f\u00a0]/g, ' ');
}

/** Instants around both 2026 DST switches and a year boundary, with the Berlin wall clock. */
const MATRIX = [
  { instant: '2026-03-29T00:30:00Z', clock: '1:30', year: '2026', zone: 'MEZ' }, // before spring forward
  { instant: '2026-03-29T01:30:00Z', clock: '3:30', year: '2026', zone: 'MESZ' }, // after: 02:xx never exists
  { instant: '2026-10-25T00:30:00Z', clock: '2:30', year: '2026', zone: 'MESZ' }, // first 02:30
  { instant: '2026-10-25T01:30:00Z', clock: '2:30', year: '2026', zone: 'MEZ' }, // second 02:30
  { instant: '2026-12-31T23:30:00Z', clock: '0:30', year: '2027', zone: 'MEZ' }, // already new year in Berlin
] as const;

describe('Formatter', () => {
  for (const locale of LOCALES) {
    describe(locale, () => {
      const fmt = createFormatter(locale, { viewerTimeZone: 'America/New_York' });

      for (const { instant, clock, year } of MATRIX) {
        it(`shows ${instant} as Berlin time ${clock} in the Gregorian year ${year}`, () => {
          const time = plain(fmt.time(instant));
          const dateTime = plain(fmt.dateTime(instant));
          // 12-hour locales write 12:30 AM for 0:30.
          const clocks = clock === '0:30' ? ['0:30', '12:30'] : [clock];
          expect(clocks.some((c) => time.includes(c)), `${time}`).to.equal(true);
          expect(clocks.some((c) => dateTime.includes(c)), `${dateTime}`).to.equal(true);
          expect(plain(fmt.date(instant)), fmt.date(instant)).to.include(year);
        });
      }

      it('starts the week on Monday (region DE)', () => {
        expect(fmt.weekStart).to.equal(1);
      });

      it('names weekdays and months of Berlin dates', () => {
        // 23:30 UTC on Sunday 29 March is Monday 30 March in Berlin.
        expect(fmt.dayName('2026-03-29T23:30:00Z')).to.equal(fmt.dayName(1));
        expect(fmt.dayName(1)).not.to.equal(fmt.dayName(7));
        expect(fmt.monthName('2026-12-31T23:30:00Z')).to.equal(fmt.monthName(1));
      });

      it('writes a same-day range with the date once', () => {
        const range = plain(fmt.range('2026-12-03T17:30:00Z', '2026-12-03T19:00:00Z'));
        expect(range.match(/2026/g)).to.have.length(1);
        expect(range).to.match(/6:30|18:30/).and.match(/8:00|20:00/);
      });
    });
  }

  it('keeps the locale digits but not the Persian calendar for fa', () => {
    const date = createFormatter('fa').date('2026-12-03T17:30:00Z', 'long');
    expect(date).to.match(/[\u06f0-\u06f9]/);
    expect(plain(date)).to.include('2026').and.not.include('1405');
  });

  it('uses the German names', () => {
    const fmt = createFormatter('de');
    expect(fmt.dayName(1)).to.equal('Montag');
    expect(fmt.monthName(12)).to.equal('Dezember');
    expect(fmt.time('2026-12-03T17:30:00Z')).to.equal('18:30');
    expect(fmt.date('2026-12-03T17:30:00Z')).to.equal('03.12.2026');
  });

  describe('time zone note', () => {
    it('tells a viewer in New York that times are German (MEZ / MESZ)', () => {
      const fmt = createFormatter('de', { viewerTimeZone: 'America/New_York' });
      for (const { instant, zone } of MATRIX) {
        expect(fmt.timeZoneNote(instant), instant).to.equal(`Zeiten in deutscher Zeit (${zone})`);
      }
    });

    it('stays silent for viewers whose clock shows German time', () => {
      for (const zone of ['Europe/Berlin', 'Europe/Paris', 'Europe/Vienna']) {
        const fmt = createFormatter('de', { viewerTimeZone: zone });
        for (const { instant } of MATRIX) expect(fmt.timeZoneNote(instant), `${zone} ${instant}`).to.equal(undefined);
      }
    });

    it('speaks the locale once loaded', async () => {
      await sharedMessages.load('en');
      const note = createFormatter('en', { viewerTimeZone: 'Europe/London' }).timeZoneNote('2026-12-03T17:30:00Z');
      expect(note).to.match(/^Times in German time \(.+\)$/);
    });
  });
});
