/**
 * The ten pilot municipalities, with the verified facts from `shared/data/pilot-municipalities.md`
 * and the local colour the seed needs to read like a real town: venues at plausible addresses,
 * quarters, streets and the name of the local volunteer network. Offsets are in degrees from
 * the town centre and keep everything well inside the municipality's bounding box.
 */
export interface TownVenue {
  key: string;
  name: string;
  street: string;
  postalCode: string;
  /** Offset from the town centre in degrees. */
  dLat: number;
  dLng: number;
  stepFree: boolean;
  hearingLoop: boolean;
  notes?: string;
}

export interface TownQuarter {
  name: string;
  dLat: number;
  dLng: number;
}

export interface Town {
  id: string;
  name: string;
  officialName: string;
  /** "Stadt" or "Gemeinde", as the administration signs. */
  kind: 'Stadt' | 'Gemeinde';
  ags: string;
  district: string;
  population: { count: number; year: number };
  centre: { lat: number; lng: number };
  site: string;
  phone: string;
  townHall: string;
  venues: TownVenue[];
  quarters: TownQuarter[];
  streets: string[];
  /** A park or square for festivals. */
  park: string;
  /** The local volunteer network ("Helferkreis", "Freundeskreis Asyl", ...). */
  network: string;
  /** Name of the central bus station or main stop. */
  busHub: string;
}

export const TOWNS: readonly Town[] = [
  {
    id: 'donaueschingen',
    name: 'Donaueschingen',
    officialName: 'Stadt Donaueschingen',
    kind: 'Stadt',
    ags: '08326012',
    district: 'Schwarzwald-Baar-Kreis',
    population: { count: 22150, year: 2021 },
    centre: { lat: 47.9531, lng: 8.5033 },
    site: 'donaueschingen.de',
    phone: '+49 771 857-0',
    townHall: 'Rathausplatz 1, 78166 Donaueschingen',
    venues: [
      { key: 'rathaus', name: 'Rathaus Donaueschingen, Großer Sitzungssaal', street: 'Rathausplatz 1', postalCode: '78166', dLat: 0.0004, dLng: 0.0011, stepFree: true, hearingLoop: true, notes: 'Aufzug am Seiteneingang.' },
      { key: 'bibliothek', name: 'Stadtbibliothek Donaueschingen', street: 'Max-Egon-Straße 18', postalCode: '78166', dLat: -0.0016, dLng: 0.0024, stepFree: true, hearingLoop: false },
      { key: 'begegnung', name: 'Begegnungsstätte im Haus am Stettener Brunnen', street: 'Karlstraße 58', postalCode: '78166', dLat: 0.0041, dLng: -0.0032, stepFree: true, hearingLoop: false },
      { key: 'donauhallen', name: 'Donauhallen, Mozartsaal', street: 'An der Stadthalle 1', postalCode: '78166', dLat: -0.0048, dLng: 0.0061, stepFree: true, hearingLoop: true },
      { key: 'gemeindehaus', name: 'Evangelisches Gemeindehaus', street: 'Mühlenstraße 9', postalCode: '78166', dLat: 0.0022, dLng: 0.0047, stepFree: false, hearingLoop: false, notes: 'Der Saal liegt im ersten Stock, es gibt keinen Aufzug.' },
    ],
    quarters: [
      { name: 'Konversionsgelände Fürstenberg-Kaserne', dLat: 0.0121, dLng: -0.0156 },
      { name: 'Buchhalde', dLat: -0.0094, dLng: -0.0128 },
      { name: 'Aufen', dLat: 0.0158, dLng: 0.0087 },
      { name: 'Allmendshofen', dLat: -0.0142, dLng: 0.0131 },
    ],
    streets: ['Karlstraße', 'Josefstraße', 'Villinger Straße', 'Friedhofstraße', 'Hagelrainstraße'],
    park: 'Schlosspark',
    network: 'Helferkreis Asyl Donaueschingen',
    busHub: 'Bahnhof Donaueschingen (ZOB)',
  },
  {
    id: 'ellwangen',
    name: 'Ellwangen (Jagst)',
    officialName: 'Stadt Ellwangen (Jagst)',
    kind: 'Stadt',
    ags: '08136019',
    district: 'Ostalbkreis',
    population: { count: 24477, year: 2020 },
    centre: { lat: 48.9611, lng: 10.1306 },
    site: 'ellwangen.de',
    phone: '+49 7961 84-0',
    townHall: 'Spitalstraße 4, 73479 Ellwangen (Jagst)',
    venues: [
      { key: 'rathaus', name: 'Rathaus Ellwangen, Bürgersaal', street: 'Spitalstraße 4', postalCode: '73479', dLat: 0.0006, dLng: -0.0009, stepFree: true, hearingLoop: true },
      { key: 'palais', name: 'Palais Adelmann, Vortragssaal', street: 'Obere Straße 2', postalCode: '73479', dLat: 0.0013, dLng: 0.0018, stepFree: false, hearingLoop: false, notes: 'Historisches Gebäude, Zugang über sechs Stufen.' },
      { key: 'stadthalle', name: 'Stadthalle Ellwangen', street: 'Schießwasen 1', postalCode: '73479', dLat: -0.0052, dLng: 0.0044, stepFree: true, hearingLoop: true },
      { key: 'familienzentrum', name: 'Familienzentrum Ellwangen', street: 'Haller Straße 12', postalCode: '73479', dLat: -0.0027, dLng: -0.0058, stepFree: true, hearingLoop: false },
      { key: 'jugendhaus', name: 'Jugendhaus Ellwangen', street: 'Marienstraße 21', postalCode: '73479', dLat: 0.0038, dLng: 0.0066, stepFree: true, hearingLoop: false },
    ],
    quarters: [
      { name: 'Hungerberg', dLat: 0.0117, dLng: -0.0142 },
      { name: 'Neunheim', dLat: -0.0161, dLng: 0.0122 },
      { name: 'Rotenbach', dLat: 0.0152, dLng: 0.0158 },
      { name: 'Schrezheim', dLat: -0.0119, dLng: -0.0167 },
    ],
    streets: ['Haller Straße', 'Dalkinger Straße', 'Marienstraße', 'Schönbornstraße', 'Rindelbacher Straße'],
    park: 'Schlossgarten',
    network: 'Freundeskreis Asyl Ellwangen',
    busHub: 'Bahnhof Ellwangen',
  },
  {
    id: 'filderstadt',
    name: 'Filderstadt',
    officialName: 'Stadt Filderstadt',
    kind: 'Stadt',
    ags: '08116077',
    district: 'Landkreis Esslingen',
    population: { count: 46295, year: 2023 },
    centre: { lat: 48.6803, lng: 9.2186 },
    site: 'filderstadt.de',
    phone: '+49 711 7003-0',
    townHall: 'Aicher Straße 9, 70794 Filderstadt',
    venues: [
      { key: 'rathaus', name: 'Rathaus Bernhausen, Sitzungssaal', street: 'Aicher Straße 9', postalCode: '70794', dLat: 0.0007, dLng: 0.0012, stepFree: true, hearingLoop: true },
      { key: 'filharmonie', name: 'FILharmonie, Kleiner Saal', street: 'Tübinger Straße 40', postalCode: '70794', dLat: -0.0031, dLng: -0.0046, stepFree: true, hearingLoop: true },
      { key: 'fleinsbach', name: 'Bürgerzentrum Bonlanden', street: 'Humboldtstraße 31', postalCode: '70794', dLat: -0.0129, dLng: -0.0113, stepFree: true, hearingLoop: false },
      { key: 'bibliothek', name: 'Stadtbibliothek Filderstadt', street: 'Bahnhofstraße 2', postalCode: '70794', dLat: 0.0021, dLng: 0.0035, stepFree: true, hearingLoop: false },
      { key: 'gemeindehaus', name: 'Katholisches Gemeindehaus St. Stephanus', street: 'Volmarstraße 18', postalCode: '70794', dLat: 0.0046, dLng: -0.0027, stepFree: true, hearingLoop: false },
    ],
    quarters: [
      { name: 'Bonlanden', dLat: -0.0142, dLng: -0.0121 },
      { name: 'Plattenhardt', dLat: -0.0173, dLng: 0.0048 },
      { name: 'Sielmingen', dLat: 0.0061, dLng: 0.0183 },
      { name: 'Harthausen', dLat: -0.0112, dLng: 0.0198 },
    ],
    streets: ['Tübinger Straße', 'Aicher Straße', 'Karlstraße', 'Plieninger Straße', 'Weilerhau'],
    park: 'Stadtpark Bernhausen',
    network: 'Arbeitskreis Asyl Filderstadt',
    busHub: 'S-Bahnhof Bernhausen',
  },
  {
    id: 'freiburg',
    name: 'Freiburg im Breisgau',
    officialName: 'Stadt Freiburg im Breisgau',
    kind: 'Stadt',
    ags: '08311000',
    district: 'Stadtkreis (kreisfrei)',
    population: { count: 236140, year: 2022 },
    centre: { lat: 47.995, lng: 7.85 },
    site: 'freiburg.de',
    phone: '+49 761 201-0',
    townHall: 'Rathausplatz 2–4, 79098 Freiburg im Breisgau',
    venues: [
      { key: 'rathaus', name: 'Neues Rathaus, Ratssaal', street: 'Rathausplatz 4', postalCode: '79098', dLat: 0.0011, dLng: -0.0006, stepFree: true, hearingLoop: true },
      { key: 'stadtbibliothek', name: 'Stadtbibliothek am Münsterplatz', street: 'Münsterplatz 17', postalCode: '79098', dLat: 0.0009, dLng: 0.0031, stepFree: true, hearingLoop: true },
      { key: 'weingarten', name: 'Stadtteiltreff Weingarten', street: 'Krozinger Straße 72', postalCode: '79114', dLat: -0.0107, dLng: -0.0214, stepFree: true, hearingLoop: false },
      { key: 'haslach', name: 'Bürgerhaus Haslach', street: 'Carl-Kistner-Straße 67', postalCode: '79115', dLat: -0.0118, dLng: -0.0121, stepFree: true, hearingLoop: false },
      { key: 'vauban', name: 'Haus 037 im Vauban', street: 'Alfred-Döblin-Platz 1', postalCode: '79100', dLat: -0.0192, dLng: -0.0044, stepFree: true, hearingLoop: false },
      { key: 'rieselfeld', name: 'Glashaus Rieselfeld', street: 'Maria-von-Rudloff-Platz 2', postalCode: '79111', dLat: -0.0097, dLng: -0.0357, stepFree: true, hearingLoop: true },
    ],
    quarters: [
      { name: 'Weingarten', dLat: -0.0112, dLng: -0.0226 },
      { name: 'Landwasser', dLat: 0.0172, dLng: -0.0302 },
      { name: 'Haslach', dLat: -0.0128, dLng: -0.0118 },
      { name: 'Zähringen', dLat: 0.0263, dLng: 0.0035 },
      { name: 'St. Georgen', dLat: -0.0221, dLng: -0.0198 },
    ],
    streets: ['Krozinger Straße', 'Habsburgerstraße', 'Basler Straße', 'Lehener Straße', 'Hugstetter Straße'],
    park: 'Seepark',
    network: 'Freiburger Netzwerk Flüchtlingshilfe',
    busHub: 'Hauptbahnhof Freiburg',
  },
  {
    id: 'frickenhausen',
    name: 'Frickenhausen',
    officialName: 'Gemeinde Frickenhausen',
    kind: 'Gemeinde',
    ags: '08116020',
    district: 'Landkreis Esslingen',
    population: { count: 9303, year: 2023 },
    centre: { lat: 48.5928, lng: 9.3611 },
    site: 'frickenhausen.de',
    phone: '+49 7022 9438-0',
    townHall: 'Mittlere Straße 18, 72636 Frickenhausen',
    venues: [
      { key: 'rathaus', name: 'Rathaus Frickenhausen, Sitzungssaal', street: 'Mittlere Straße 18', postalCode: '72636', dLat: 0.0005, dLng: 0.0008, stepFree: true, hearingLoop: false },
      { key: 'festhalle', name: 'Festhalle Frickenhausen', street: 'Hauptstraße 45', postalCode: '72636', dLat: -0.0021, dLng: 0.0034, stepFree: true, hearingLoop: true },
      { key: 'linsenhofen', name: 'Bürgerhaus Linsenhofen', street: 'Kelterstraße 2', postalCode: '72636', dLat: -0.0119, dLng: 0.0097, stepFree: true, hearingLoop: false },
      { key: 'gemeindehaus', name: 'Evangelisches Gemeindehaus', street: 'Kirchstraße 7', postalCode: '72636', dLat: 0.0014, dLng: -0.0019, stepFree: false, hearingLoop: false, notes: 'Drei Stufen am Eingang; eine mobile Rampe kann angelegt werden.' },
    ],
    quarters: [
      { name: 'Linsenhofen', dLat: -0.0122, dLng: 0.0101 },
      { name: 'Tischardt', dLat: -0.0171, dLng: -0.0093 },
      { name: 'Gewerbegebiet Steinach', dLat: 0.0083, dLng: -0.0124 },
    ],
    streets: ['Hauptstraße', 'Nürtinger Straße', 'Bahnhofstraße', 'Tischardter Straße'],
    park: 'Kelterplatz',
    network: 'Helferkreis Frickenhausen',
    busHub: 'Bahnhof Frickenhausen (Tälesbahn)',
  },
  {
    id: 'friedrichshafen',
    name: 'Friedrichshafen',
    officialName: 'Stadt Friedrichshafen',
    kind: 'Stadt',
    ags: '08435016',
    district: 'Bodenseekreis',
    population: { count: 62932, year: 2022 },
    centre: { lat: 47.6542, lng: 9.4792 },
    site: 'friedrichshafen.de',
    phone: '+49 7541 203-0',
    townHall: 'Adenauerplatz 1, 88045 Friedrichshafen',
    venues: [
      { key: 'rathaus', name: 'Rathaus Friedrichshafen, Ratssaal', street: 'Adenauerplatz 1', postalCode: '88045', dLat: 0.0008, dLng: -0.0012, stepFree: true, hearingLoop: true },
      { key: 'medienhaus', name: 'Medienhaus am See, Stadtbücherei', street: 'Friedrichstraße 53', postalCode: '88045', dLat: -0.0006, dLng: 0.0021, stepFree: true, hearingLoop: true },
      { key: 'graf-zeppelin-haus', name: 'Graf-Zeppelin-Haus, Ludwig-Dürr-Saal', street: 'Olgastraße 20', postalCode: '88045', dLat: -0.0011, dLng: 0.0067, stepFree: true, hearingLoop: true },
      { key: 'spielehaus', name: 'Jugendzentrum Molke', street: 'Ernst-Lehmann-Straße 12', postalCode: '88045', dLat: 0.0049, dLng: -0.0058, stepFree: true, hearingLoop: false },
      { key: 'fischbach', name: 'Dorfgemeinschaftshaus Fischbach', street: 'Zeppelinstraße 280', postalCode: '88048', dLat: 0.0032, dLng: -0.0361, stepFree: true, hearingLoop: false },
    ],
    quarters: [
      { name: 'Fallenbrunnen', dLat: 0.0122, dLng: -0.0087 },
      { name: 'Allmannsweiler', dLat: 0.0201, dLng: 0.0079 },
      { name: 'Manzell', dLat: 0.0056, dLng: -0.0283 },
      { name: 'Löwental', dLat: 0.0171, dLng: 0.0161 },
    ],
    streets: ['Ailinger Straße', 'Eugenstraße', 'Zeppelinstraße', 'Charlottenstraße', 'Hochstraße'],
    park: 'Uferpark',
    network: 'Freundeskreis für Flüchtlinge Friedrichshafen',
    busHub: 'Stadtbahnhof Friedrichshafen',
  },
  {
    id: 'hardheim',
    name: 'Hardheim',
    officialName: 'Gemeinde Hardheim',
    kind: 'Gemeinde',
    ags: '08225032',
    district: 'Neckar-Odenwald-Kreis',
    population: { count: 6995, year: 2023 },
    centre: { lat: 49.6167, lng: 9.4667 },
    site: 'hardheim.de',
    phone: '+49 6283 58-0',
    townHall: 'Schloßplatz 6, 74736 Hardheim',
    venues: [
      { key: 'rathaus', name: 'Rathaus Hardheim, Sitzungssaal', street: 'Schloßplatz 6', postalCode: '74736', dLat: 0.0004, dLng: -0.0007, stepFree: true, hearingLoop: false },
      { key: 'erftalhalle', name: 'Erftalhalle', street: 'Walldürner Straße 20', postalCode: '74736', dLat: -0.0033, dLng: -0.0052, stepFree: true, hearingLoop: true },
      { key: 'pfarrheim', name: 'Katholisches Pfarrheim St. Alban', street: 'Kirchweg 3', postalCode: '74736', dLat: 0.0012, dLng: 0.0016, stepFree: false, hearingLoop: false, notes: 'Eingang über eine Treppe; bitte melden Sie sich, wir helfen gern.' },
      { key: 'schule', name: 'Walter-Hohmann-Schule, Mensa', street: 'Schlossstraße 21', postalCode: '74736', dLat: 0.0027, dLng: 0.0041, stepFree: true, hearingLoop: false },
    ],
    quarters: [
      { name: 'Carl-Schurz-Kaserne', dLat: 0.0092, dLng: 0.0148 },
      { name: 'Schweinberg', dLat: -0.0136, dLng: 0.0181 },
      { name: 'Wohngebiet Breitenau', dLat: -0.0089, dLng: -0.0112 },
    ],
    streets: ['Walldürner Straße', 'Würzburger Straße', 'Schlossstraße', 'Bretzinger Straße'],
    park: 'Schlossplatz',
    network: 'Helferkreis Asyl Hardheim',
    busHub: 'Haltestelle Hardheim Schloßplatz',
  },
  {
    id: 'horb',
    name: 'Horb am Neckar',
    officialName: 'Große Kreisstadt Horb am Neckar',
    kind: 'Stadt',
    ags: '08237040',
    district: 'Landkreis Freudenstadt',
    population: { count: 25695, year: 2023 },
    centre: { lat: 48.4453, lng: 8.6911 },
    site: 'horb.de',
    phone: '+49 7451 901-0',
    townHall: 'Marktplatz 8, 72160 Horb am Neckar',
    venues: [
      { key: 'rathaus', name: 'Rathaus Horb, Sitzungssaal', street: 'Marktplatz 8', postalCode: '72160', dLat: 0.0006, dLng: 0.0005, stepFree: true, hearingLoop: false },
      { key: 'hohenberghalle', name: 'Hohenberghalle', street: 'Hohenbergstraße 14', postalCode: '72160', dLat: 0.0047, dLng: -0.0041, stepFree: true, hearingLoop: true },
      { key: 'kloster', name: 'Kloster Horb, Refektorium', street: 'Neckarstraße 75', postalCode: '72160', dLat: -0.0019, dLng: 0.0028, stepFree: false, hearingLoop: false, notes: 'Historischer Saal im Erdgeschoss, eine Stufe am Eingang.' },
      { key: 'hohenberg', name: 'Treffpunkt Hohenberg', street: 'Hirschgasse 6', postalCode: '72160', dLat: 0.0093, dLng: 0.0067, stepFree: true, hearingLoop: false },
      { key: 'bibliothek', name: 'Stadtbücherei Horb', street: 'Neckarstraße 34', postalCode: '72160', dLat: -0.0011, dLng: -0.0017, stepFree: true, hearingLoop: false },
    ],
    quarters: [
      { name: 'Hohenberg', dLat: 0.0094, dLng: 0.0072 },
      { name: 'Industriegebiet Heiligenfeld', dLat: 0.0141, dLng: -0.0149 },
      { name: 'Nordstetten', dLat: 0.0219, dLng: 0.0116 },
      { name: 'Bildechingen', dLat: -0.0158, dLng: -0.0127 },
    ],
    streets: ['Neckarstraße', 'Hohenbergstraße', 'Dettinger Straße', 'Bahnhofplatz', 'Mühlener Straße'],
    park: 'Neckaruferpark',
    network: 'Arbeitskreis Asyl Horb',
    busHub: 'Bahnhof Horb',
  },
  {
    id: 'schwaebisch-gmuend',
    name: 'Schwäbisch Gmünd',
    officialName: 'Stadt Schwäbisch Gmünd',
    kind: 'Stadt',
    ags: '08136065',
    district: 'Ostalbkreis',
    population: { count: 61000, year: 2023 },
    centre: { lat: 48.8, lng: 9.8 },
    site: 'schwaebisch-gmuend.de',
    phone: '+49 7171 603-0',
    townHall: 'Marktplatz 1, 73525 Schwäbisch Gmünd',
    venues: [
      { key: 'rathaus', name: 'Rathaus Schwäbisch Gmünd, Großer Sitzungssaal', street: 'Marktplatz 1', postalCode: '73525', dLat: -0.0002, dLng: -0.0004, stepFree: true, hearingLoop: true },
      { key: 'prediger', name: 'Kulturzentrum Prediger, Festsaal', street: 'Johannisplatz 3', postalCode: '73525', dLat: 0.0009, dLng: -0.0013, stepFree: true, hearingLoop: true },
      { key: 'stadtgarten', name: 'Congress-Centrum Stadtgarten', street: 'Rektor-Klaus-Straße 9', postalCode: '73525', dLat: -0.0022, dLng: -0.0046, stepFree: true, hearingLoop: true },
      { key: 'vhs', name: 'Volkshochschule, Raum 2.14', street: 'Münsterplatz 15', postalCode: '73525', dLat: 0.0007, dLng: 0.0011, stepFree: true, hearingLoop: false },
      { key: 'hardt', name: 'Stadtteiltreff Hardt', street: 'Hardtstraße 30', postalCode: '73527', dLat: 0.0124, dLng: 0.0091, stepFree: true, hearingLoop: false },
    ],
    quarters: [
      { name: 'Hardt', dLat: 0.0127, dLng: 0.0089 },
      { name: 'Oststadt', dLat: 0.0021, dLng: 0.0176 },
      { name: 'Bettringen', dLat: -0.0144, dLng: 0.0213 },
      { name: 'Rehnenhof-Wetzgau', dLat: 0.0163, dLng: -0.0124 },
    ],
    streets: ['Lorcher Straße', 'Weißensteiner Straße', 'Buchstraße', 'Goethestraße', 'Oberbettringer Straße'],
    park: 'Remspark',
    network: 'Freundeskreis Flüchtlinge Schwäbisch Gmünd',
    busHub: 'ZOB Schwäbisch Gmünd',
  },
  {
    id: 'tuebingen',
    name: 'Tübingen',
    officialName: 'Universitätsstadt Tübingen',
    kind: 'Stadt',
    ags: '08416041',
    district: 'Landkreis Tübingen',
    population: { count: 92811, year: 2022 },
    centre: { lat: 48.5214, lng: 9.0544 },
    site: 'tuebingen.de',
    phone: '+49 7071 204-0',
    townHall: 'Am Markt 1, 72070 Tübingen',
    venues: [
      { key: 'rathaus', name: 'Rathaus Tübingen, Öhrn', street: 'Am Markt 1', postalCode: '72070', dLat: -0.0011, dLng: 0.0009, stepFree: true, hearingLoop: true, notes: 'Eingang mit Aufzug über die Rathausgasse.' },
      { key: 'stadtbuecherei', name: 'Stadtbücherei Tübingen', street: 'Nonnengasse 19', postalCode: '72070', dLat: -0.0006, dLng: -0.0021, stepFree: true, hearingLoop: true },
      { key: 'weststadt', name: 'Stadtteiltreff Weststadt', street: 'Schleifmühleweg 86', postalCode: '72070', dLat: -0.0038, dLng: -0.0192, stepFree: true, hearingLoop: false },
      { key: 'suedstadt', name: 'Bürgertreff Französisches Viertel', street: 'Aixer Straße 25', postalCode: '72072', dLat: -0.0112, dLng: 0.0043, stepFree: true, hearingLoop: false },
      { key: 'lustnau', name: 'Gemeindehaus Lustnau', street: 'Dorfstraße 24', postalCode: '72074', dLat: 0.0021, dLng: 0.0287, stepFree: true, hearingLoop: true },
      { key: 'who', name: 'Begegnungszentrum Waldhäuser Ost', street: 'Berliner Ring 19', postalCode: '72076', dLat: 0.0192, dLng: 0.0131, stepFree: true, hearingLoop: false },
    ],
    quarters: [
      { name: 'Weststadt', dLat: -0.0041, dLng: -0.0201 },
      { name: 'Südstadt', dLat: -0.0117, dLng: 0.0052 },
      { name: 'Lustnau', dLat: 0.0018, dLng: 0.0283 },
      { name: 'Derendingen', dLat: -0.0203, dLng: 0.0091 },
      { name: 'Waldhäuser Ost', dLat: 0.0195, dLng: 0.0128 },
    ],
    streets: ['Mühlstraße', 'Hechinger Straße', 'Schaffhausenstraße', 'Herrenberger Straße', 'Nürtinger Straße'],
    park: 'Anlagenpark',
    network: 'Arbeitskreis Asyl Tübingen',
    busHub: 'Europaplatz (ZOB)',
  },
];
