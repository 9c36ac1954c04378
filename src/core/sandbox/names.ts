// Word lists for the fleet generator. Deliberately mixed: umlauts, diacritics, CJK and apostrophes,
// so encoding and quoting bugs show up in the sandbox rather than in production.

export const CUSTOMER_NAMES = [
  'Müller Mietwagen GmbH',
  "O'Brien Car Sharing",
  'Škoda Flotte Praha s.r.o.',
  '東京 Rent-a-Car',
  'Größe & Söhne Logistik KG',
  'Malmö Bilpool AB',
];

export const CITIES = ['München', 'Köln', 'Düsseldorf', 'Zürich', 'Wien', 'Praha', 'Łódź', 'Malmö', '東京', 'Hamburg'];

export const SERVICE_KINDS = ['Pool', 'Flotte', 'Leasing', 'Langzeitmiete', 'Car Sharing', 'Werkstatt'];

/** Names that stress quoting and encoding; used for the first rows and now and then later. */
export const SPECIAL_SERVICE_NAMES = ["O'Neil's Pool", 'Größe L Vertrag', '東京 Leasing 7', 'Škoda Service "Premium"'];
export const SPECIAL_CAR_NAMES = ["O'Neil's van", '東京 Shuttle 3', 'Größe XL Transporter', 'Škoda Superb – Vorstand'];

export const TERMINATION_CAUSES = [
  'Vehicle sold',
  'Contract ended',
  'Box defective',
  'Kündigung durch Kunde',
  "Customer's request",
  'Fahrzeug verschrottet',
];

export const BRAND_MODELS: readonly (readonly [string, string])[] = [
  ['Škoda', 'Octavia'],
  ['Volkswagen', 'Golf'],
  ['Volkswagen', 'ID.3'],
  ['BMW', 'i3'],
  ['Mercedes-Benz', 'Sprinter'],
  ['Toyota', 'Prius'],
  ['Renault', 'Zoé'],
  ['Citroën', 'C3'],
  ['Tesla', 'Model 3'],
  ['Ford', 'Transit'],
];

export const CAR_DESCRIPTIONS = [
  'Pool car, 2nd floor garage',
  'Winterreifen bis März',
  "Driver's favourite",
  'Tiefgarage Ebene −2',
  'Nur für Kurzstrecken',
  '社用車',
];

export const PLATE_DISTRICTS = ['M', 'K', 'B', 'HH', 'S', 'F', 'D', 'KA', 'DÜW', 'LÖ'];

/** VIN alphabet: digits and capitals without I, O and Q. */
export const VIN_CHARS = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ';
