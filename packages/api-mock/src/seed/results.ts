import type { DialogEvent, Geometry, Precision, Result, ResultStatus } from '@kommunaldialog/sdk';
import { berlinIso, type DayNumber } from './dates.js';
import { blob, corridor, point, rectangle } from './geometry.js';
import type { Prng } from './prng.js';
import type { Town, TownQuarter, TownVenue } from './towns.js';

interface ResultContext {
  town: Town;
  quarter: TownQuarter;
  street: string;
  venue: TownVenue;
}

type Shape = 'hub' | 'street-point' | 'venue' | 'path' | 'site' | 'area' | 'town-area' | 'street-strip';

interface ResultTemplate {
  key: string;
  topics: string[];
  /** `area` for everything near housing: never drawn as a point. */
  precision: Precision;
  shape: Shape;
  statuses: ResultStatus[];
  office: string;
  title: (c: ResultContext) => string;
  summary: (c: ResultContext) => string;
  /** Timeline texts, oldest first; the list is cut to fit the status. */
  steps: (c: ResultContext) => string[];
  venues?: string[];
}

const RESULT_TEMPLATES: readonly ResultTemplate[] = [
  {
    key: 'beleuchtung-fussweg',
    topics: ['mobilitaet', 'sicherheit'],
    precision: 'exact',
    shape: 'path',
    statuses: ['done', 'in-progress'],
    office: 'Tiefbauamt',
    title: (c) => `Beleuchteter Fußweg zwischen ${c.town.busHub} und ${c.quarter.name}`,
    summary: (c) =>
      `Im Bürgerdialog wurde bemängelt, dass der Fußweg nach ${c.quarter.name} abends kaum beleuchtet ist. Entlang des Wegs werden zwölf LED-Leuchten aufgestellt und zwei Engstellen verbreitert, sodass der Weg auch im Winter sicher begehbar ist.`,
    steps: () => [
      'Hinweis aus dem Bürgerdialog aufgenommen.',
      'Ortsbegehung mit Anwohnerinnen, Anwohnern und Tiefbauamt.',
      'Gemeinderat bewilligt die Mittel im Nachtragshaushalt.',
      'Bauarbeiten begonnen.',
      'Leuchten in Betrieb genommen, Weg freigegeben.',
    ],
  },
  {
    key: 'bushaltestelle',
    topics: ['mobilitaet'],
    precision: 'exact',
    shape: 'street-point',
    statuses: ['in-progress', 'planned', 'done'],
    office: 'Tiefbauamt',
    title: (c) => `Neue Bushaltestelle an der ${c.street}`,
    summary: (c) =>
      `Eine zusätzliche, barrierefreie Haltestelle an der ${c.street} verkürzt den Fußweg für Berufstätige, Schulkinder und Bewohnerinnen und Bewohner aus ${c.quarter.name} um rund zehn Minuten. Der Bussteig erhält ein Blindenleitsystem und einen Wetterschutz.`,
    steps: () => [
      'Anregung aus dem Runden Tisch Mobilität.',
      'Abstimmung mit dem Verkehrsverbund und dem Busunternehmen.',
      'Bau des barrierefreien Bussteigs.',
      'Haltestelle in den Fahrplan aufgenommen.',
    ],
  },
  {
    key: 'buslinie-abend',
    topics: ['mobilitaet', 'arbeit'],
    precision: 'exact',
    shape: 'hub',
    statuses: ['done', 'in-progress'],
    office: 'Ordnungs- und Verkehrsamt',
    title: (c) => `Busse am Abend: dichterer Takt ab ${c.town.busHub}`,
    summary: (c) =>
      `Auf Wunsch von Beschäftigten im Schichtdienst fährt der Bus ab ${c.town.busHub} werktags bis 23 Uhr im Stundentakt und am Wochenende alle zwei Stunden. Die Kosten teilen sich die Kommune und der Landkreis für eine zweijährige Probephase.`,
    steps: () => [
      'Viele Anliegen zu fehlenden Abendverbindungen.',
      'Fahrgastzählung und Befragung.',
      'Probebetrieb ab Fahrplanwechsel beschlossen.',
      'Probebetrieb gestartet.',
    ],
  },
  {
    key: 'gemeinschaftsgarten',
    topics: ['zusammenleben', 'wohnen'],
    precision: 'area',
    shape: 'area',
    statuses: ['planned', 'in-progress', 'done'],
    office: 'Amt für Soziales und Integration',
    title: (c) => `Gemeinschaftsgarten in ${c.quarter.name}`,
    summary: (c) =>
      `Nahe der Unterkunft in ${c.quarter.name} legen Bewohnerinnen und Bewohner gemeinsam mit der Nachbarschaft Hochbeete an. Der genaue Ort wird zum Schutz der Bewohnerinnen und Bewohner nicht veröffentlicht; wer mitgärtnern möchte, meldet sich bei der Integrationsbeauftragten.`,
    steps: () => [
      'Idee beim Nachbarschaftsfest gesammelt.',
      'Fläche vom Liegenschaftsamt zur Verfügung gestellt.',
      'Hochbeete gemeinsam gebaut.',
      'Erste Ernte gefeiert.',
    ],
  },
  {
    key: 'anschlussunterbringung',
    topics: ['wohnen', 'bauen'],
    precision: 'area',
    shape: 'area',
    statuses: ['in-progress', 'planned'],
    office: 'Hochbauamt',
    title: (c) => `Anschlussunterbringung ${c.quarter.name}: Wohnungen für 40 Menschen`,
    summary: (c) =>
      `In ${c.quarter.name} entstehen in Holzmodulbauweise zwölf Wohnungen für die Anschlussunterbringung. Die Gebäude sind so geplant, dass sie später als günstiger Wohnraum für alle genutzt werden können. Der Standort wird bewusst nur ungefähr angegeben.`,
    steps: () => [
      'Standortsuche im Bürgerdialog vorgestellt.',
      'Gemeinderat beschließt den Bau.',
      'Baugenehmigung erteilt.',
      'Rohbau fertiggestellt.',
    ],
  },
  {
    key: 'spielplatz',
    topics: ['kinder-familie', 'zusammenleben'],
    precision: 'exact',
    shape: 'site',
    statuses: ['done', 'in-progress', 'planned'],
    office: 'Grünflächenamt',
    title: (c) => `Spielplatz in ${c.quarter.name}: barrierearmer Umbau`,
    summary: (c) =>
      `Kinder aus ${c.quarter.name} haben beim Bürgerdialog mitgeplant: Der Spielplatz hat jetzt eine Nestschaukel, ein Wasserspiel, Sitzplätze im Schatten und Wege, die auch mit Rollstuhl und Kinderwagen befahrbar sind.`,
    steps: () => [
      'Kinderbeteiligung mit Maltisch im Bürgerdialog.',
      'Entwurf vom Grünflächenamt vorgestellt.',
      'Umbau begonnen.',
      'Spielplatz mit einem Fest eröffnet.',
    ],
  },
  {
    key: 'sprachkurs-kinderbetreuung',
    topics: ['lernen-sprache', 'kinder-familie'],
    precision: 'exact',
    shape: 'venue',
    statuses: ['done', 'in-progress'],
    office: 'Amt für Bildung und Betreuung',
    venues: ['bibliothek', 'stadtbuecherei', 'medienhaus', 'vhs', 'familienzentrum'],
    title: (c) => `Deutschkurs mit Kinderbetreuung: ${c.venue.name}`,
    summary: () =>
      'Viele Mütter konnten keinen Sprachkurs besuchen, weil die Kinderbetreuung fehlte. Jetzt betreuen Erzieherinnen die Kinder im Nebenraum, während die Eltern lernen. Der Kurs findet vormittags an vier Tagen pro Woche statt.',
    steps: () => [
      'Anliegen: Sprachkurs scheitert an fehlender Kinderbetreuung.',
      'Träger und Fördermittel gefunden.',
      'Erster Kurs mit 14 Teilnehmerinnen gestartet.',
    ],
  },
  {
    key: 'zebrastreifen',
    topics: ['sicherheit', 'kinder-familie'],
    precision: 'exact',
    shape: 'street-point',
    statuses: ['planned', 'idea', 'done'],
    office: 'Ordnungs- und Verkehrsamt',
    title: (c) => `Fußgängerüberweg an der ${c.street}`,
    summary: (c) =>
      `Auf dem Schulweg müssen Kinder die ${c.street} an einer unübersichtlichen Stelle überqueren. Die Verkehrsbehörde prüft einen Zebrastreifen mit Beleuchtung; bis dahin sichern Schülerlotsen die Stelle morgens.`,
    steps: () => ['Anliegen von Eltern eingereicht.', 'Verkehrszählung durchgeführt.', 'Anordnung des Überwegs.', 'Markierung aufgebracht.'],
  },
  {
    key: 'ehrenamtsboerse',
    topics: ['ehrenamt'],
    precision: 'exact',
    shape: 'venue',
    statuses: ['done'],
    office: 'Integrationsbeauftragte',
    venues: ['rathaus'],
    title: () => 'Ehrenamtsbörse im Rathaus',
    summary: (c) =>
      `Wer helfen möchte, findet in der Ehrenamtsbörse passende Aufgaben – von der Lernpatenschaft bis zur Begleitung zum Arzt. Die Börse wird gemeinsam mit dem ${c.town.network} gepflegt und ist jeden Donnerstagnachmittag besetzt.`,
    steps: () => ['Idee aus dem Runden Tisch Ehrenamt.', 'Räume im Rathaus bereitgestellt.', 'Börse eröffnet, 60 Engagierte vermittelt.'],
  },
  {
    key: 'nachbarschaftstreff',
    topics: ['zusammenleben'],
    precision: 'area',
    shape: 'area',
    statuses: ['in-progress', 'idea', 'planned'],
    office: 'Amt für Soziales und Integration',
    title: (c) => `Nachbarschaftstreff in ${c.quarter.name}`,
    summary: (c) =>
      `Ein Raum für Begegnung in ${c.quarter.name}: mit Hausaufgabenhilfe, Sprechstunden der Sozialarbeit und einem offenen Café. Der Treff liegt in der Nähe einer Unterkunft; die Karte zeigt deshalb nur das Wohngebiet.`,
    steps: () => ['Wunsch aus dem Bürgerdialog.', 'Passende Räume angemietet.', 'Renovierung mit Ehrenamtlichen.'],
  },
  {
    key: 'wohnraumboerse',
    topics: ['wohnen'],
    precision: 'area',
    shape: 'town-area',
    statuses: ['in-progress', 'done'],
    office: 'Amt für Soziales und Integration',
    title: () => 'Wohnraumbörse: private Vermieterinnen und Vermieter gewonnen',
    summary: (c) =>
      `Die ${c.town.kind} mietet leerstehende Wohnungen an und vermietet sie an geflüchtete Familien weiter. Vermieterinnen und Vermieter erhalten eine Mietgarantie und eine feste Ansprechperson. Bisher wurden 23 Wohnungen vermittelt.`,
    steps: () => ['Infoabend für Vermieterinnen und Vermieter.', 'Mietgarantie vom Gemeinderat beschlossen.', 'Erste Wohnungen vermittelt.'],
  },
  {
    key: 'radweg',
    topics: ['mobilitaet'],
    precision: 'exact',
    shape: 'street-strip',
    statuses: ['discarded', 'planned'],
    office: 'Tiefbauamt',
    title: (c) => `Radweglücke in der ${c.street} schließen`,
    summary: (c) =>
      `Vorgeschlagen war ein durchgehender Radweg in der ${c.street}. Die Straße ist dafür zu schmal, ohne Parkplätze oder Bäume zu opfern. Stattdessen gilt dort künftig Tempo 30, und eine Fahrradstraße im Parallelweg wird geprüft.`,
    steps: () => ['Vorschlag im Bürgerdialog.', 'Machbarkeitsprüfung durch das Tiefbauamt.', 'Nicht umsetzbar; Alternative Tempo 30 beschlossen.'],
  },
  {
    key: 'beschilderung',
    topics: ['zusammenleben'],
    precision: 'exact',
    shape: 'venue',
    statuses: ['done', 'in-progress'],
    office: 'Hauptamt',
    venues: ['rathaus'],
    title: () => 'Mehrsprachige Wegweiser im Rathaus und Bürgerbüro',
    summary: () =>
      'Wegweiser und Formularhinweise im Rathaus gibt es jetzt in Deutsch, Leichter Sprache, Englisch, Arabisch, Ukrainisch und Türkisch, ergänzt durch Piktogramme. Die Übersetzungen wurden von Ehrenamtlichen geprüft.',
    steps: () => ['Anliegen: Orientierung im Rathaus schwierig.', 'Texte übersetzt und geprüft.', 'Schilder angebracht.'],
  },
  {
    key: 'hausaufgabenhilfe',
    topics: ['lernen-sprache', 'kinder-familie', 'ehrenamt'],
    precision: 'exact',
    shape: 'venue',
    statuses: ['in-progress', 'done'],
    office: 'Amt für Bildung und Betreuung',
    venues: ['jugendhaus', 'spielehaus', 'bibliothek', 'stadtbuecherei', 'hardt', 'weststadt', 'schule'],
    title: (c) => `Hausaufgabenhilfe: ${c.venue.name}`,
    summary: (c) =>
      `Ehrenamtliche Lernpatinnen und Lernpaten aus dem ${c.town.network} helfen zweimal pro Woche bei den Hausaufgaben. Gesucht werden weitere Helferinnen und Helfer, besonders für Mathematik.`,
    steps: () => ['Bedarf von Schulsozialarbeit gemeldet.', 'Lernpatenschaften vermittelt.', 'Angebot um einen zweiten Nachmittag erweitert.'],
  },
  {
    key: 'jobcafe',
    topics: ['arbeit'],
    precision: 'exact',
    shape: 'venue',
    statuses: ['idea', 'planned'],
    office: 'Wirtschaftsförderung',
    title: () => 'Job-Café mit Betrieben aus der Region',
    summary: () =>
      'Beim Runden Tisch Arbeitsmarkt entstand die Idee eines monatlichen Job-Cafés, in dem Betriebe sich vorstellen und Bewerberinnen und Bewerber ohne Termin ins Gespräch kommen. Gesucht werden noch Betriebe, die mitmachen.',
    steps: () => ['Idee beim Runden Tisch Arbeitsmarkt.', 'Erste Betriebe sagen zu.'],
  },
  {
    key: 'sicherheit-unterkunft',
    topics: ['sicherheit', 'wohnen'],
    precision: 'area',
    shape: 'area',
    statuses: ['done', 'in-progress'],
    office: 'Ordnungsamt',
    title: (c) => `Sicherheitskonzept für das Wohngebiet ${c.quarter.name}`,
    summary: (c) =>
      `Nach Sorgen aus der Nachbarschaft haben Ordnungsamt, Polizei, Landratsamt und Unterkunftsleitung ein gemeinsames Konzept erarbeitet: feste Ansprechpersonen, eine Telefonnummer für Nachbarinnen und Nachbarn und regelmäßige Sprechstunden in ${c.quarter.name}.`,
    steps: () => ['Sorgen im Bürgerdialog geäußert.', 'Arbeitsgruppe mit Polizei und Landratsamt.', 'Konzept vorgestellt.', 'Sprechstunde vor Ort eingerichtet.'],
  },
];

const PROGRESS: Record<ResultStatus, [number, number]> = {
  idea: [0, 0],
  planned: [5, 20],
  'in-progress': [30, 85],
  done: [100, 100],
  discarded: [0, 0],
};

function shapeFor(t: ResultTemplate, c: ResultContext, prng: Prng): Geometry {
  const { lat, lng } = c.town.centre;
  // Small offsets so two results of the same quarter do not sit on top of each other.
  const jitter = (): number => (prng.next() - 0.5) * 0.004;
  switch (t.shape) {
    case 'hub':
      return point(lat + jitter() / 2, lng + jitter() / 2);
    case 'street-point':
      return point(lat + c.quarter.dLat * 0.6 + jitter(), lng + c.quarter.dLng * 0.6 + jitter());
    case 'venue':
      return point(lat + c.venue.dLat, lng + c.venue.dLng);
    case 'path':
      return corridor({ lat, lng }, { lat: lat + c.quarter.dLat, lng: lng + c.quarter.dLng }, 0.0002);
    case 'street-strip': {
      const a = { lat: lat + c.quarter.dLat * 0.3 + jitter(), lng: lng + c.quarter.dLng * 0.3 + jitter() };
      return corridor(a, { lat: a.lat + 0.004, lng: a.lng + 0.006 }, 0.00015);
    }
    case 'site':
      return rectangle(lat + c.quarter.dLat + jitter(), lng + c.quarter.dLng + jitter(), 0.0004, 0.0006);
    case 'area':
      // Centred off the quarter's middle, so the shape never points at a building.
      return blob(lat + c.quarter.dLat + jitter(), lng + c.quarter.dLng + jitter(), prng.int(40, 70) / 10_000, 9, prng.next);
    case 'town-area':
      return blob(lat, lng, 0.018, 12, prng.next);
  }
}

export interface BuildResultOptions {
  id: string;
  templateIndex: number;
  town: Town;
  today: DayNumber;
  prng: Prng;
  events: readonly DialogEvent[];
}

export function buildResult(o: BuildResultOptions): Result {
  const { town, prng } = o;
  const t = RESULT_TEMPLATES[o.templateIndex % RESULT_TEMPLATES.length]!;
  const preferred = (t.venues ?? []).map((k) => town.venues.find((v) => v.key === k)).filter((v) => v !== undefined);
  const c: ResultContext = {
    town,
    quarter: prng.pick(town.quarters),
    street: prng.pick(town.streets),
    venue: preferred.length > 0 ? prng.pick(preferred) : prng.pick(town.venues),
  };
  const status = prng.pick(t.statuses);
  const [min, max] = PROGRESS[status];
  const steps = t.steps(c);
  const shown = status === 'done' || status === 'discarded' ? steps.length : status === 'idea' ? 1 : Math.max(1, Math.min(steps.length - 1, status === 'planned' ? 2 : 3));
  // The latest update lies within the last two months, the first up to ten months before it.
  const last = o.today - prng.int(2, 60);
  const first = last - (shown - 1) * prng.int(20, 60);
  const timeline = steps.slice(0, shown).map((text, i) => {
    const day = shown === 1 ? last : Math.round(first + ((last - first) * i) / (shown - 1));
    return { date: berlinIso(day, prng.int(9, 16), 0), text };
  });
  const related = o.events.filter((e) => e.municipality === town.id && e.topics.some((topic) => t.topics.includes(topic)));
  return {
    id: o.id,
    municipality: town.id,
    title: t.title(c),
    summary: t.summary(c),
    topics: [...t.topics],
    status,
    progress: prng.int(min, max),
    geometry: shapeFor(t, c, prng),
    precision: t.precision,
    relatedEvents: prng.sample(related, Math.min(related.length, prng.int(0, 2))).map((e) => e.id).sort(),
    concernCount: prng.int(0, 24),
    office: town.kind === 'Gemeinde' && t.office !== 'Integrationsbeauftragte' ? 'Bürgermeisteramt' : t.office,
    timeline,
    updatedAt: timeline.at(-1)!.date,
  };
}

export const RESULT_TEMPLATE_COUNT = RESULT_TEMPLATES.length;
export const RESULT_TEMPLATE_KEYS = RESULT_TEMPLATES.map((t) => t.key);

/** 8–12 results of one town. */
export function seedTownResults(town: Town, today: DayNumber, prng: Prng, events: readonly DialogEvent[]): Result[] {
  const indexes = prng.sample([...RESULT_TEMPLATES.keys()], prng.int(8, 12));
  // Every town shows at least one area-precision result, so maps always have one to render.
  if (!indexes.some((i) => RESULT_TEMPLATES[i]!.precision === 'area')) indexes[0] = RESULT_TEMPLATES.findIndex((t) => t.key === 'anschlussunterbringung');
  return indexes.map((templateIndex) =>
    buildResult({ id: `${town.id}-${RESULT_TEMPLATES[templateIndex]!.key}`, templateIndex, town, today, prng, events }),
  );
}
