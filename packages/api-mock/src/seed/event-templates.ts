import type { EventFormat } from '@kommunaldialog/sdk';
import type { Town, TownQuarter, TownVenue } from './towns.js';

/** What a template may mention: the town and a few places in it. */
export interface EventContext {
  town: Town;
  venue: TownVenue;
  quarter: TownQuarter;
  street: string;
}

export type OrganizerKind = 'integration' | 'network' | 'social' | 'building';

export interface EventTemplate {
  key: string;
  format: EventFormat;
  topics: string[];
  title: (c: EventContext) => string;
  description: (c: EventContext) => string;
  /** Wall-clock start in Berlin. */
  hour: number;
  minute: number;
  durationMinutes: number;
  /** ISO weekdays the event may fall on. */
  weekdays: number[];
  /** Whether people must register, and how many seats there are. */
  registration: 'required' | 'optional' | 'none';
  capacity?: [number, number];
  onlineOnly?: boolean;
  allDay?: boolean;
  /** Venue keys that suit the event, in order of preference; any venue when empty. */
  venues?: string[];
  organizer: OrganizerKind;
  childcare?: boolean;
  signLanguage?: boolean;
  /** Whether the event usually has interpreters. */
  interpreted?: boolean;
}

const WORKDAYS = [1, 2, 3, 4];
const where = (c: EventContext): string => c.town.name;

export const EVENT_TEMPLATES: readonly EventTemplate[] = [
  {
    key: 'buergerdialog-unterkunft',
    format: 'buergerdialog',
    topics: ['wohnen', 'zusammenleben', 'sicherheit'],
    title: (c) => `Bürgerdialog: Neue Gemeinschaftsunterkunft in ${c.quarter.name}`,
    description: (c) =>
      `Der Landkreis bringt ab dem Frühjahr Geflüchtete in ${c.quarter.name} unter. Die Verwaltung stellt die Planung vor und beantwortet Ihre Fragen: Wie viele Menschen kommen, wer betreut sie, was ändert sich für die Nachbarschaft?\n\n` +
      `Im zweiten Teil sammeln wir an Thementischen Ihre Anregungen – zu Schulwegen, Busverbindungen, Sicherheit und dazu, wie Nachbarschaft gelingen kann. Mit dabei sind das Landratsamt, das Polizeirevier, die Integrationsbeauftragte und der ${c.town.network}.`,
    hour: 19,
    minute: 0,
    durationMinutes: 150,
    weekdays: WORKDAYS,
    registration: 'optional',
    capacity: [120, 250],
    venues: ['rathaus', 'stadthalle', 'donauhallen', 'festhalle', 'erftalhalle', 'hohenberghalle', 'stadtgarten', 'graf-zeppelin-haus', 'filharmonie'],
    organizer: 'integration',
    signLanguage: true,
    interpreted: true,
  },
  {
    key: 'infoabend-vermieten',
    format: 'infoabend',
    topics: ['wohnen'],
    title: () => 'Infoabend: Wohnraum vermieten – sicher und unkompliziert',
    description: (c) =>
      `Sie haben eine leerstehende Wohnung oder eine Einliegerwohnung? Wir erklären, wie die ${c.town.kind} ${where(c)} als Zwischenmieterin auftritt, welche Mietgarantien es gibt und wer Ihnen und Ihren Mieterinnen und Mietern im Alltag zur Seite steht.\n\n` +
      'Vermieterinnen und Vermieter berichten von ihren Erfahrungen. Im Anschluss ist Zeit für persönliche Gespräche mit dem Team der Wohnraumvermittlung.',
    hour: 18,
    minute: 30,
    durationMinutes: 90,
    weekdays: WORKDAYS,
    registration: 'none',
    organizer: 'social',
  },
  {
    key: 'runder-tisch-behoerdengaenge',
    format: 'runder-tisch',
    topics: ['ehrenamt', 'zusammenleben'],
    title: () => 'Runder Tisch Ehrenamt: Begleitung zu Behördengängen',
    description: (c) =>
      'Ehrenamtliche begleiten Geflüchtete zur Ausländerbehörde, zum Jobcenter oder zur Krankenkasse. Beim Runden Tisch tauschen wir Erfahrungen aus, klären Fragen zu Vollmachten und Datenschutz und stimmen die Termine der Dolmetscherbörse ab.\n\n' +
      `Neue Helferinnen und Helfer sind herzlich willkommen. Der ${c.town.network} stellt seine Patenschaften vor.`,
    hour: 18,
    minute: 0,
    durationMinutes: 120,
    weekdays: WORKDAYS,
    registration: 'none',
    organizer: 'network',
  },
  {
    key: 'workshop-fusswege',
    format: 'workshop',
    topics: ['mobilitaet', 'sicherheit'],
    title: (c) => `Ortsbegehung: Sichere Fußwege zwischen ${c.town.busHub} und ${c.quarter.name}`,
    description: (c) =>
      `Wo fehlt Licht, wo ist der Gehweg zu schmal, wo braucht es einen Überweg? Gemeinsam mit dem Tiefbauamt gehen wir den Weg zwischen ${c.town.busHub} und ${c.quarter.name} ab und halten Ihre Hinweise auf einer Karte fest.\n\n` +
      `Treffpunkt ist vor dem Eingang: ${c.venue.name}. Der Rundgang dauert etwa zwei Stunden; bitte denken Sie an wetterfeste Kleidung.`,
    hour: 16,
    minute: 0,
    durationMinutes: 150,
    weekdays: [2, 3, 4, 6],
    registration: 'required',
    capacity: [15, 25],
    organizer: 'building',
  },
  {
    key: 'infoabend-buslinie',
    format: 'infoabend',
    topics: ['mobilitaet', 'arbeit'],
    title: (c) => `Infoabend: Neue Busverbindung nach ${c.quarter.name}`,
    description: (c) =>
      `Ab dem Fahrplanwechsel fährt der Bus auch abends und am Wochenende zwischen ${c.town.busHub} und ${c.quarter.name}. Damit erreichen Beschäftigte im Schichtdienst, Schülerinnen und Schüler sowie Bewohnerinnen und Bewohner der Unterkunft ihre Ziele ohne Umwege.\n\n` +
      'Wir stellen Fahrplan und Haltestellen vor und erklären, wer das vergünstigte Sozialticket bekommt.',
    hour: 18,
    minute: 0,
    durationMinutes: 90,
    weekdays: WORKDAYS,
    registration: 'none',
    organizer: 'building',
    interpreted: true,
  },
  {
    key: 'sprechstunde-anerkennung',
    format: 'sprechstunde',
    topics: ['arbeit', 'lernen-sprache'],
    title: () => 'Sprechstunde: Anerkennung ausländischer Berufsabschlüsse',
    description: () =>
      'Die Beraterinnen des IQ Netzwerks Baden-Württemberg erklären, wie ausländische Abschlüsse anerkannt werden, welche Unterlagen nötig sind und wer die Kosten übernimmt.\n\n' +
      'Die Beratung ist kostenlos und vertraulich. Bitte bringen Sie Ihre Zeugnisse und Arbeitsnachweise mit, gern auch als Kopie. Termine werden im 30-Minuten-Takt vergeben.',
    hour: 9,
    minute: 0,
    durationMinutes: 240,
    weekdays: [2, 4],
    registration: 'required',
    capacity: [6, 8],
    venues: ['rathaus', 'vhs', 'bibliothek', 'stadtbuecherei', 'medienhaus'],
    organizer: 'integration',
    interpreted: true,
  },
  {
    key: 'workshop-bewerbung',
    format: 'workshop',
    topics: ['arbeit'],
    title: () => 'Bewerbungswerkstatt: Lebenslauf, Anschreiben, Vorstellungsgespräch',
    description: (c) =>
      `Ehrenamtliche Personalerinnen und Personaler aus Betrieben in ${where(c)} helfen beim Schreiben von Lebenslauf und Anschreiben und üben Vorstellungsgespräche.\n\n` +
      'Bitte bringen Sie, wenn vorhanden, einen Laptop oder einen USB-Stick mit Ihren Unterlagen mit. Computer stehen ebenfalls bereit.',
    hour: 17,
    minute: 0,
    durationMinutes: 180,
    weekdays: [1, 3],
    registration: 'required',
    capacity: [10, 14],
    venues: ['bibliothek', 'stadtbuecherei', 'medienhaus', 'vhs', 'jugendhaus', 'familienzentrum'],
    organizer: 'network',
  },
  {
    key: 'begegnungsfest-nachbarschaft',
    format: 'begegnungsfest',
    topics: ['zusammenleben', 'kinder-familie'],
    title: (c) => `Nachbarschaftsfest im ${c.town.park}`,
    description: (c) =>
      `Alte und neue Nachbarinnen und Nachbarn feiern gemeinsam: mit einem Buffet, zu dem alle etwas beitragen, mit Musik aus Syrien, der Ukraine und Schwaben, mit Spielen für Kinder und einem Tisch, an dem der ${c.town.network} über Mitmachmöglichkeiten informiert.\n\n` +
      'Bei Regen weichen wir in die nahe Halle aus. Wer einen Kuchen oder ein Gericht mitbringen möchte, meldet sich bitte kurz bei der Integrationsbeauftragten.',
    hour: 14,
    minute: 0,
    durationMinutes: 300,
    weekdays: [6],
    registration: 'none',
    organizer: 'integration',
    childcare: true,
  },
  {
    key: 'elternabend-schule',
    format: 'infoabend',
    topics: ['kinder-familie', 'lernen-sprache'],
    title: () => 'Elternabend: Wie funktioniert die Schule in Baden-Württemberg?',
    description: () =>
      'Grundschule, Werkrealschule, Realschule, Gemeinschaftsschule, Gymnasium – das Schulsystem ist für neu zugewanderte Familien schwer zu durchschauen. Lehrkräfte und Schulsozialarbeit erklären, wie der Übergang nach Klasse 4 funktioniert, was Vorbereitungsklassen sind und wie Eltern ihre Kinder unterstützen können.\n\n' +
      'Der Abend wird in Arabisch, Dari, Ukrainisch und Türkisch gedolmetscht. Eine Kinderbetreuung ist eingerichtet.',
    hour: 18,
    minute: 0,
    durationMinutes: 120,
    weekdays: WORKDAYS,
    registration: 'optional',
    capacity: [40, 80],
    venues: ['schule', 'familienzentrum', 'rathaus', 'weststadt', 'hardt', 'prediger'],
    organizer: 'social',
    childcare: true,
    interpreted: true,
  },
  {
    key: 'sprechstunde-integration',
    format: 'sprechstunde',
    topics: ['zusammenleben', 'wohnen', 'arbeit'],
    title: () => 'Offene Sprechstunde der Integrationsbeauftragten',
    description: (c) =>
      `Sie haben eine Frage, eine Sorge oder eine Idee zum Zusammenleben in ${where(c)}? Die Integrationsbeauftragte nimmt sich Zeit für Sie – ohne Termin und auf Wunsch vertraulich.\n\n` +
      'Die Sprechstunde ist offen für alle: für Nachbarinnen und Nachbarn, Ehrenamtliche, Arbeitgeber und Geflüchtete.',
    hour: 15,
    minute: 0,
    durationMinutes: 120,
    weekdays: [2],
    registration: 'none',
    venues: ['rathaus'],
    organizer: 'integration',
  },
  {
    key: 'erste-hilfe-eltern',
    format: 'workshop',
    topics: ['gesundheit', 'kinder-familie'],
    title: () => 'Erste Hilfe am Kind – Kurs mit Dolmetschung',
    description: () =>
      'Was tun, wenn ein Kind sich verbrüht, verschluckt oder hohes Fieber hat? Eine Kinderkrankenschwester des DRK zeigt die wichtigsten Handgriffe und erklärt, wann man die 112 und wann den ärztlichen Bereitschaftsdienst unter 116 117 anruft.\n\n' +
      'Der Kurs ist kostenlos. Dolmetscherinnen für Arabisch und Ukrainisch sind vor Ort.',
    hour: 9,
    minute: 30,
    durationMinutes: 210,
    weekdays: [6],
    registration: 'required',
    capacity: [12, 16],
    venues: ['familienzentrum', 'gemeindehaus', 'begegnung', 'pfarrheim', 'suedstadt', 'haslach'],
    organizer: 'social',
    childcare: true,
    interpreted: true,
  },
  {
    key: 'infoabend-hausarzt',
    format: 'infoabend',
    topics: ['gesundheit'],
    title: () => 'Gesundheit: Wie finde ich eine Hausärztin oder einen Hausarzt?',
    description: (c) =>
      'Elektronische Gesundheitskarte, Überweisung, Notdienst, Apotheke: Das Gesundheitsamt und eine Hausärztin aus der Region erklären, wie die Versorgung in Deutschland funktioniert und wo man Hilfe in der eigenen Sprache findet.\n\n' +
      `Im Anschluss stellt der ${c.town.network} seine Begleitung zu Arztterminen vor.`,
    hour: 18,
    minute: 30,
    durationMinutes: 90,
    weekdays: WORKDAYS,
    registration: 'none',
    organizer: 'social',
    interpreted: true,
  },
  {
    key: 'buergerdialog-quartier',
    format: 'buergerdialog',
    topics: ['bauen', 'kinder-familie', 'zusammenleben'],
    title: (c) => `Quartiersentwicklung ${c.quarter.name}: Spielplatz und Treffpunkt gemeinsam planen`,
    description: (c) =>
      `In ${c.quarter.name} entsteht auf einer Freifläche ein Spielplatz mit einem überdachten Treffpunkt für alle Generationen. Das Stadtplanungsamt stellt drei Entwürfe vor; Kinder, Eltern und Nachbarschaft entscheiden mit, was gebaut wird.\n\n` +
      'Kinder sind ausdrücklich eingeladen: Es gibt einen Maltisch, an dem sie ihren Traumspielplatz zeichnen können.',
    hour: 17,
    minute: 0,
    durationMinutes: 120,
    weekdays: [3, 4, 5],
    registration: 'none',
    organizer: 'building',
    childcare: true,
  },
  {
    key: 'runder-tisch-arbeitsmarkt',
    format: 'runder-tisch',
    topics: ['arbeit'],
    title: () => 'Runder Tisch Arbeitsmarkt: Betriebe, Jobcenter und Helferkreise',
    description: (c) =>
      `Viele Betriebe in ${where(c)} suchen Fachkräfte und Auszubildende, viele Geflüchtete suchen Arbeit. Was hilft, damit beides zusammenkommt? Handwerkskammer, Agentur für Arbeit, Jobcenter und Unternehmen berichten von Einstiegsqualifizierungen, Sprachkursen im Betrieb und Wohnungen für Auszubildende.\n\n` +
      'Der Runde Tisch richtet sich an Arbeitgeberinnen und Arbeitgeber, Ehrenamtliche und Interessierte.',
    hour: 17,
    minute: 30,
    durationMinutes: 120,
    weekdays: WORKDAYS,
    registration: 'required',
    capacity: [25, 40],
    venues: ['rathaus', 'medienhaus', 'prediger', 'palais', 'kloster', 'filharmonie'],
    organizer: 'integration',
  },
  {
    key: 'fahrradwerkstatt',
    format: 'workshop',
    topics: ['mobilitaet', 'ehrenamt'],
    title: () => 'Fahrradwerkstatt: Räder reparieren und verkehrssicher machen',
    description: (c) =>
      `Gespendete Fahrräder werden gemeinsam repariert und an Menschen ohne Auto weitergegeben. Ehrenamtliche Schrauberinnen und Schrauber zeigen, wie man Schläuche flickt, Bremsen einstellt und Licht anbringt; die Verkehrswacht ${where(c)} erklärt die wichtigsten Verkehrsregeln.\n\n` +
      'Werkzeug und Ersatzteile sind vorhanden. Wer ein Fahrrad spenden möchte, kann es zum Termin mitbringen.',
    hour: 10,
    minute: 0,
    durationMinutes: 240,
    weekdays: [6],
    registration: 'none',
    organizer: 'network',
  },
  {
    key: 'infoabend-polizei',
    format: 'infoabend',
    topics: ['sicherheit'],
    title: () => 'Sicherheit im Alltag: Die Polizei im Gespräch',
    description: (c) =>
      `Wie sicher ist ${where(c)}? Das Polizeirevier stellt die aktuelle Lage vor, erklärt, wie die Unterkünfte betreut werden, und beantwortet Ihre Fragen. Die Präventionsbeauftragte gibt Tipps zum Schutz vor Trickbetrug und Wohnungseinbruch.\n\n` +
      'Fragen können vorab anonym über das Anliegen-Formular auf dieser Seite eingereicht werden.',
    hour: 19,
    minute: 0,
    durationMinutes: 90,
    weekdays: WORKDAYS,
    registration: 'none',
    organizer: 'integration',
    interpreted: true,
  },
  {
    key: 'buergerdialog-anschlussunterbringung',
    format: 'buergerdialog',
    topics: ['wohnen', 'bauen'],
    title: () => 'Anschlussunterbringung: Wie geht es nach der Gemeinschaftsunterkunft weiter?',
    description: (c) =>
      `Nach spätestens 24 Monaten wechseln Geflüchtete aus der Gemeinschaftsunterkunft des Landkreises in die Anschlussunterbringung der Kommune. Die ${c.town.kind} ${where(c)} zeigt, wo Wohnungen angemietet, umgebaut und neu gebaut werden, und bittet um Ihre Einschätzung.\n\n` +
      'Wir freuen uns besonders über Hinweise auf leerstehenden Wohnraum.',
    hour: 19,
    minute: 0,
    durationMinutes: 120,
    weekdays: WORKDAYS,
    registration: 'none',
    organizer: 'social',
    signLanguage: true,
  },
  {
    key: 'online-ehrenamt-recht',
    format: 'infoabend',
    topics: ['ehrenamt'],
    title: () => 'Online-Infoabend: Ehrenamt in der Flüchtlingshilfe – Versicherung und Rechte',
    description: () =>
      'Wer ehrenamtlich Geflüchtete begleitet, hat viele Fragen: Bin ich versichert, wenn ich jemanden im eigenen Auto fahre? Darf ich beim Ausfüllen von Anträgen helfen? Was gilt beim Datenschutz?\n\n' +
      'Eine Juristin der Landesarbeitsgemeinschaft Bürgerschaftliches Engagement beantwortet Ihre Fragen. Den Zugangslink erhalten Sie auch nach der Anmeldung per E-Mail.',
    hour: 19,
    minute: 30,
    durationMinutes: 75,
    weekdays: WORKDAYS,
    registration: 'required',
    capacity: [80, 100],
    onlineOnly: true,
    organizer: 'network',
  },
  {
    key: 'schulung-traumasensibel',
    format: 'workshop',
    topics: ['ehrenamt', 'gesundheit'],
    title: () => 'Schulung für Ehrenamtliche: Traumasensibel begleiten',
    description: () =>
      'Viele Geflüchtete haben Krieg, Gewalt und Flucht erlebt. Eine Psychotherapeutin des Psychosozialen Zentrums erklärt, woran man Belastungen erkennt, wie man Gespräche führt, ohne zu überfordern, und wo es professionelle Hilfe gibt.\n\n' +
      'Die Schulung ist kostenlos und richtet sich an Ehrenamtliche in der Flüchtlingshilfe. Die Plätze sind begrenzt.',
    hour: 9,
    minute: 30,
    durationMinutes: 360,
    weekdays: [6],
    registration: 'required',
    capacity: [16, 20],
    organizer: 'network',
  },
  {
    key: 'internationales-kochen',
    format: 'begegnungsfest',
    topics: ['zusammenleben'],
    title: () => 'Internationales Kochen: Rezepte aus Aleppo, Kabul und Charkiw',
    description: (c) =>
      `Frauen und Männer aus ${where(c)} kochen Gerichte aus ihrer Heimat und erzählen, was sie mit ihnen verbinden. Alle schnippeln mit, danach wird gemeinsam gegessen.\n\n` +
      'Ein Kostenbeitrag von 5 Euro deckt die Zutaten; wer ihn nicht zahlen kann, isst trotzdem mit.',
    hour: 17,
    minute: 0,
    durationMinutes: 180,
    weekdays: [5],
    registration: 'required',
    capacity: [18, 24],
    venues: ['gemeindehaus', 'begegnung', 'pfarrheim', 'linsenhofen', 'weststadt', 'who', 'hardt', 'fischbach', 'fleinsbach', 'hohenberg'],
    organizer: 'network',
  },
  {
    key: 'online-sprechstunde-wohnungssuche',
    format: 'sprechstunde',
    topics: ['wohnen'],
    title: () => 'Digitale Sprechstunde: Wohnberechtigungsschein und Wohnungssuche',
    description: () =>
      'Wie bekomme ich einen Wohnberechtigungsschein, was übernimmt das Jobcenter bei der Miete, und worauf achte ich bei Besichtigungen? Die Wohnraumvermittlung beantwortet Ihre Fragen per Videokonferenz.\n\n' +
      'Kamera und Mikrofon sind freiwillig; Fragen können auch im Chat gestellt werden.',
    hour: 17,
    minute: 0,
    durationMinutes: 60,
    weekdays: WORKDAYS,
    registration: 'none',
    onlineOnly: true,
    organizer: 'social',
    interpreted: true,
  },
  {
    key: 'runder-tisch-kita',
    format: 'runder-tisch',
    topics: ['kinder-familie', 'lernen-sprache'],
    title: () => 'Runder Tisch Kinderbetreuung: Kita-Plätze und Sprachförderung',
    description: (c) =>
      `Kitas, Tagespflege, Schulen und Elternvertretungen beraten, wie Kinder geflüchteter Familien in ${where(c)} schneller einen Betreuungsplatz bekommen und wie Sprachförderung vor der Einschulung gelingt.\n\n` +
      'Ergebnisse des letzten Runden Tisches und der Stand der neuen Kita-Gruppe werden vorgestellt.',
    hour: 16,
    minute: 30,
    durationMinutes: 120,
    weekdays: WORKDAYS,
    registration: 'none',
    venues: ['familienzentrum', 'rathaus', 'schule', 'suedstadt', 'vauban'],
    organizer: 'social',
  },
  {
    key: 'reparaturcafe',
    format: 'begegnungsfest',
    topics: ['zusammenleben', 'ehrenamt'],
    title: () => 'Reparaturcafé und Nähwerkstatt',
    description: () =>
      'Toaster kaputt, Hose zu lang, Fahrradlicht flackert? Ehrenamtliche reparieren gemeinsam mit Ihnen – und wer selbst gut mit Nadel oder Schraubenzieher umgehen kann, ist als Helferin oder Helfer willkommen.\n\n' +
      'Kaffee und Kuchen gibt es gegen eine Spende.',
    hour: 14,
    minute: 0,
    durationMinutes: 180,
    weekdays: [6],
    registration: 'none',
    organizer: 'network',
  },
  {
    key: 'baustellen-info-wohnanlage',
    format: 'infoabend',
    topics: ['bauen', 'wohnen'],
    title: (c) => `Baustellen-Information: Neue Wohnanlage an der ${c.street}`,
    description: (c) =>
      `An der ${c.street} baut die städtische Wohnbaugesellschaft 32 Wohnungen, davon ein Drittel für die Anschlussunterbringung. Bauleitung und Hochbauamt erläutern Zeitplan, Baustellenverkehr und Lärmschutz und beantworten Fragen der Anwohnerinnen und Anwohner.`,
    hour: 18,
    minute: 0,
    durationMinutes: 90,
    weekdays: WORKDAYS,
    registration: 'none',
    organizer: 'building',
  },
  {
    key: 'aktionstag-ehrenamt',
    format: 'begegnungsfest',
    topics: ['ehrenamt', 'zusammenleben'],
    title: (c) => `Aktionstag Ehrenamt: Mitmachen in ${where(c)}`,
    description: (c) =>
      `Vereine, Kirchengemeinden und der ${c.town.network} stellen den ganzen Tag über vor, wo Hilfe gebraucht wird: als Lesepatin, beim Deutschkurs, in der Kleiderkammer, als Fahrer zum Arzttermin oder beim Fußballtraining.\n\n` +
      'Schauen Sie vorbei, wann es Ihnen passt.',
    hour: 0,
    minute: 0,
    durationMinutes: 24 * 60,
    weekdays: [6],
    registration: 'none',
    allDay: true,
    organizer: 'integration',
  },
];

/** The weekly language café every town runs. */
export const SPRACHCAFE: EventTemplate = {
  key: 'sprachcafe',
  format: 'sprachcafe',
  topics: ['lernen-sprache', 'zusammenleben'],
  title: () => 'Sprachcafé: Deutsch üben bei Kaffee und Tee',
  description: (c) =>
    'Im Sprachcafé üben Menschen, die Deutsch lernen, mit Menschen, die Deutsch sprechen – ohne Unterricht und ohne Noten, dafür mit Kaffee, Tee und Gebäck. Jedes Sprachniveau ist willkommen.\n\n' +
    `Das Sprachcafé wird vom ${c.town.network} organisiert. Kinder können mitgebracht werden; in der Spielecke gibt es Bilderbücher.`,
  hour: 16,
  minute: 0,
  durationMinutes: 120,
  weekdays: [2, 3, 4],
  registration: 'none',
  venues: ['bibliothek', 'stadtbuecherei', 'medienhaus', 'begegnung', 'familienzentrum', 'gemeindehaus', 'vhs', 'hohenberg', 'pfarrheim'],
  organizer: 'network',
  childcare: true,
};
