import { css } from 'lit';
import { token } from '../shared/styles/tokens.styles.js';

const primary = token('--kd-color-primary');
const border = token('--kd-color-border');
const muted = token('--kd-color-muted');
const surface = token('--kd-color-surface');
const danger = token('--kd-color-danger');
const cancelled = css`var(--kd-calendar-cancelled, ${danger})`;

/** Layout of the calendar; logical properties throughout, so right-to-left needs no extra rules. */
export const calendarStyles = css`
  .calendar {
    display: grid;
    gap: ${token('--kd-space-3')};
  }
  .calendar__main {
    display: grid;
    gap: ${token('--kd-space-3')};
  }
  .heading {
    font-weight: 700;
    font-size: 1.125em;
  }
  /* Headings take focus only so that a screen reader starts reading there; they are not controls. */
  .heading[tabindex='-1']:focus {
    outline: none;
  }
  .toolbar,
  .toolbar__nav,
  .toolbar__views {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('--kd-space-2')};
  }
  .toolbar {
    justify-content: space-between;
  }
  .toolbar__nav .heading {
    min-inline-size: 9em;
    text-align: center;
    font-size: 1.25em;
  }
  .icon-button,
  .close {
    min-inline-size: 2.75em;
    min-block-size: 2.75em;
    border: 0.0625em solid ${border};
    border-radius: ${token('--kd-radius')};
    background: ${surface};
    font-size: 1.125em;
    line-height: 1;
  }
  .tz-note,
  .hint,
  .entry__place,
  .subscribe__hint {
    color: ${muted};
    font-size: 0.875em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--kd-space-3')};
    align-items: end;
  }
  .field {
    display: grid;
    gap: ${token('--kd-space-1')};
  }
  input:not([type='checkbox']) {
    min-block-size: 2.75em;
    padding-inline: ${token('--kd-space-2')};
    border: 0.0625em solid ${border};
    border-radius: ${token('--kd-radius')};
    background: ${surface};
  }
  input[type='checkbox'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.125em 0 0;
  }
  .filters__more summary {
    min-block-size: 2.75em;
    display: flex;
    align-items: center;
    cursor: pointer;
    font-weight: 600;
  }
  .filters__groups {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--kd-space-4')};
    margin-block: ${token('--kd-space-2')};
  }
  fieldset {
    border: 0.0625em solid ${border};
    border-radius: ${token('--kd-radius')};
    padding: ${token('--kd-space-2')} ${token('--kd-space-3')};
    margin: 0;
    display: grid;
    gap: ${token('--kd-space-1')};
  }
  legend {
    font-weight: 600;
    padding-inline: ${token('--kd-space-1')};
  }
  .check {
    display: flex;
    gap: ${token('--kd-space-2')};
    align-items: start;
  }
  .grid {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  .grid th {
    padding-block: ${token('--kd-space-1')};
    font-weight: 600;
    font-size: 0.875em;
    color: ${muted};
  }
  .grid td {
    vertical-align: top;
    block-size: var(--kd-calendar-day-min-height, 6.5em);
    border: 0.0625em solid color-mix(in srgb, ${border} 45%, transparent);
    padding: ${token('--kd-space-1')};
    overflow: hidden;
  }
  .grid td.pad {
    background: color-mix(in srgb, ${muted} 6%, ${surface});
  }
  .day {
    cursor: default;
  }
  .day:focus-visible {
    outline-offset: -0.1875em;
  }
  /* Block layout, no grid or flex, in what the month repeats 35 times: it lays out faster. */
  .day__number {
    display: inline-block;
    text-align: center;
    min-inline-size: 1.75em;
    line-height: 1.75em;
    border-radius: 50%;
    font-weight: 600;
    font-size: 0.875em;
  }
  .day[aria-current='date'] .day__number {
    background: var(--kd-calendar-today, ${primary});
    color: ${surface};
  }
  .day__skeleton {
    block-size: 1em;
    margin-block-start: ${token('--kd-space-1')};
  }
  /* Every list here is one of events (or, in the detail, of access features): unmarked, spaced by
     block flow rather than 35 grid containers in a month. */
  ul {
    list-style: none;
    padding: 0;
  }
  li + li {
    margin-block-start: ${token('--kd-space-1')};
  }
  .chip {
    display: flex;
    gap: 0.25em;
    inline-size: 100%;
    padding: 0.125em ${token('--kd-space-1')};
    border: 0;
    border-inline-start: 0.1875em solid ${primary};
    border-radius: ${token('--kd-radius')};
    background: var(--kd-calendar-event-bg, color-mix(in srgb, ${primary} 10%, ${surface}));
    text-align: start;
    font-size: 0.8125em;
    line-height: 1.3;
    white-space: nowrap;
    overflow: hidden;
  }
  .chip__time {
    font-weight: 600;
  }
  /* The title is a box of its own whose direction comes from its text: a German title in an
     Arabic calendar (or an Arabic one in a German calendar) is then cut at its end, not its start. */
  .chip__title {
    display: flex;
    gap: 0.25em;
    min-inline-size: 0;
  }
  .chip__title bdi {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    unicode-bidi: plaintext;
  }
  [data-status='cancelled'] .chip__title,
  [data-status='skipped'] .chip__title {
    text-decoration: line-through;
  }
  .chip[data-status='cancelled'],
  .chip[data-status='skipped'] {
    border-inline-start-color: ${cancelled};
  }
  .badge {
    display: inline-block;
    padding-inline: 0.3em;
    border-radius: ${token('--kd-radius')};
    border: 0.0625em solid currentColor;
    font-size: 0.875em;
    font-weight: 700;
    text-decoration: none;
  }
  .badge[data-status='cancelled'],
  .badge[data-status='skipped'] {
    color: ${cancelled};
  }
  .more {
    border: 0;
    background: none;
    padding: 0.125em ${token('--kd-space-1')};
    color: ${primary};
    font-weight: 600;
    font-size: 0.8125em;
    text-decoration: underline;
  }
  .list {
    display: grid;
    gap: ${token('--kd-space-4')};
    justify-items: start;
  }
  .list__day {
    display: grid;
    gap: ${token('--kd-space-2')};
    inline-size: 100%;
    /* Off-screen days skip layout and paint: long lists stay quick. */
    content-visibility: auto;
    contain-intrinsic-size: auto 10em;
  }
  .list__day .heading {
    font-size: 1em;
  }
  .entry {
    display: grid;
    gap: 0.125em;
    inline-size: 100%;
    padding: ${token('--kd-space-2')} ${token('--kd-space-3')};
    border: 0.0625em solid color-mix(in srgb, ${border} 60%, transparent);
    border-inline-start: 0.25em solid ${primary};
    border-radius: ${token('--kd-radius')};
    background: ${surface};
    text-align: start;
  }
  .entry[data-status='cancelled'],
  .entry[data-status='skipped'] {
    border-inline-start-color: ${cancelled};
  }
  .entry__when {
    font-size: 0.875em;
    font-weight: 600;
  }
  .entry__title {
    font-weight: 600;
    color: ${primary};
  }
  .subscribe {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('--kd-space-3')};
  }
  .dialog {
    inline-size: min(42em, calc(100vw - 2em));
    max-block-size: calc(100dvh - 2em);
    padding: ${token('--kd-space-5')};
    border: 0.0625em solid ${border};
    border-radius: ${token('--kd-radius')};
    background: ${surface};
    color: inherit;
    overflow: auto;
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 45%);
  }
  .dialog[open] {
    display: grid;
    gap: ${token('--kd-space-3')};
    align-content: start;
  }
  .dialog__head {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: ${token('--kd-space-3')};
  }
  .dialog__head .heading {
    font-size: 1.375em;
  }
  .back {
    justify-self: start;
    border: 0;
    background: none;
    padding: 0;
    min-block-size: 2.75em;
    color: ${primary};
    text-decoration: underline;
  }
  @media (forced-colors: active) {
    /* Unadjusted: forced colours put a Canvas backplate behind the text, which hid today's number,
       and drew the chosen view's button like the other one. */
    .day[aria-current='date'] .day__number,
    [aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .chip,
    .entry {
      border: 0.0625em solid ButtonText;
    }
  }
`;
