import type { ConcernKind, ConcernStatus, ConcernStatusValue, DialogEvent, Result } from '@kommunaldialog/sdk';
import { berlinIso, type DayNumber } from './dates.js';
import type { Prng } from './prng.js';
import type { Town } from './towns.js';

/** A published concern before it gets its reference number (numbers are given across all towns). */
export type PublicConcernDraft = Omit<ConcernStatus, 'reference'>;

interface Step {
  status: ConcernStatusValue;
  note?: string;
  /** Link the step to an event or result of the town with one of these topics. */
  link?: { kind: 'event' | 'result'; topics: string[] };
}

interface ConcernTemplate {
  kind: ConcernKind;
  topic: string;
  steps: Step[];
}

const TEMPLATES: readonly ConcernTemplate[] = [
  {
    kind: 'concern',
    topic: 'mobilitaet',
    steps: [
      { status: 'received' },
      { status: 'in-review', note: 'Das Tiefbauamt sieht sich die Strecke bei einer Ortsbegehung an.' },
      { status: 'answered', note: 'Vielen Dank für den Hinweis. Die Verwaltung plant eine Verbesserung; die Mittel sind im Haushalt vorgesehen.' },
      { status: 'addressed', note: 'Umgesetzt; Einzelheiten im verknüpften Ergebnis.', link: { kind: 'result', topics: ['mobilitaet'] } },
    ],
  },
  {
    kind: 'question',
    topic: 'wohnen',
    steps: [
      { status: 'received' },
      { status: 'answered', note: 'Die Unterbringung erfolgt in kleinen Wohneinheiten; die Belegung plant das Landratsamt gemeinsam mit der Kommune.' },
      { status: 'discussed', note: 'Die Frage wurde beim Bürgerdialog ausführlich besprochen.', link: { kind: 'event', topics: ['wohnen'] } },
    ],
  },
  {
    kind: 'idea',
    topic: 'zusammenleben',
    steps: [
      { status: 'received' },
      { status: 'in-review', note: 'Die Idee wird beim nächsten Runden Tisch vorgestellt.' },
    ],
  },
  {
    kind: 'offer',
    topic: 'ehrenamt',
    steps: [
      { status: 'received' },
      { status: 'answered', note: 'Herzlichen Dank für Ihr Angebot! Die Ehrenamtskoordination hat sich bei Ihnen gemeldet.' },
    ],
  },
  {
    kind: 'concern',
    topic: 'sicherheit',
    steps: [
      { status: 'received' },
      { status: 'in-review', note: 'Ordnungsamt und Polizeirevier prüfen die Situation gemeinsam.' },
      { status: 'discussed', note: 'Thema beim Infoabend mit der Polizei.', link: { kind: 'event', topics: ['sicherheit'] } },
      { status: 'addressed', note: 'Ein gemeinsames Sicherheitskonzept wurde umgesetzt.', link: { kind: 'result', topics: ['sicherheit'] } },
    ],
  },
  {
    kind: 'question',
    topic: 'kinder-familie',
    steps: [{ status: 'received' }],
  },
];

/** 2–4 published concerns with their public timelines; never any text or contact data. */
export function seedTownConcerns(
  town: Town,
  today: DayNumber,
  prng: Prng,
  events: readonly DialogEvent[],
  results: readonly Result[],
): PublicConcernDraft[] {
  return prng.sample(TEMPLATES, prng.int(2, 4)).map((t) => {
    let day = today - prng.int(40, 90);
    const createdAt = berlinIso(day, prng.int(7, 21), prng.int(0, 59));
    const timeline: ConcernStatus['timeline'] = [];
    for (const [i, step] of t.steps.entries()) {
      if (i > 0) day = Math.min(today - 1, day + prng.int(3, 14));
      const entry: ConcernStatus['timeline'][number] = { status: step.status, at: i === 0 ? createdAt : berlinIso(day, prng.int(8, 16), prng.int(0, 59)) };
      if (step.note) entry.note = step.note;
      if (step.link?.kind === 'event') {
        // Only an event that had already taken place by then can have discussed it.
        const match = events.filter((e) => Date.parse(e.end) < day * 86_400_000 && e.topics.some((topic) => step.link!.topics.includes(topic)));
        if (match.length === 0) continue;
        entry.eventId = prng.pick(match).id;
      }
      if (step.link?.kind === 'result') {
        const match = results.filter((r) => r.topics.some((topic) => step.link!.topics.includes(topic)) && r.status === 'done');
        if (match.length === 0) continue;
        entry.resultId = prng.pick(match).id;
      }
      timeline.push(entry);
    }
    return { municipality: town.id, kind: t.kind, topic: t.topic, status: timeline.at(-1)!.status, createdAt, timeline };
  });
}
