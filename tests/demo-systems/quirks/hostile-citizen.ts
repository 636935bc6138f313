/**
 * TEST-ONLY quirk: a fictional citizen whose name and record titles carry markup, script, bidi overrides and
 * zero-width characters, as a hostile (or merely broken) case system could show them. Added on demand by
 * `POST /__quirks/hostile-citizen` and gone after `POST /__reset`. The servers still escape everything they print, so
 * the host page shows these strings as text; the point is what the EXTENSION does with the text it reads.
 */
import { CATALOG } from '../data/catalog';
import { addCitizen, addEffort, addMeeting, addRequest } from '../data/records';
import { addDays } from '../shared/dates';
import { workerPool } from '../data/workers';
import type { Citizen, SystemData } from '../data/types';

const RLO = '\u202E'; // RIGHT-TO-LEFT OVERRIDE
const PDF = '\u202C'; // POP DIRECTIONAL FORMATTING
const ZWSP = '\u200B'; // ZERO WIDTH SPACE
const ZWJ = '\u200D'; // ZERO WIDTH JOINER

/**
 * Names have no digits (the name parser refuses digits: they usually mean a misread CPR cell) and no comma
 * (JobSag prints "Efternavn, Fornavn"), so the adapters do read them.
 */
export const HOSTILE = {
  firstName: `Mal${ZWSP}lory <script>window.__enPlanPwned = 'script'</script>`,
  lastName: `Ondsind${RLO}nesreT${PDF} <img src=x onerror="window.__enPlanPwned='img'">`,
  /** Fictional; 29 February 1988 is a real date, 7th digit 2 → 1900s. */
  cpr: '2902882345',
  birthDate: '1988-02-29',
  effortTitles: [
    `Mentorstøtte <img src=x onerror=alert(document.domain)>`,
    `"><svg onload=alert(1)><a href="javascript:alert(1)">klik</a>`,
    `Afsluttet${RLO}gnilbuD${PDF} ${ZWJ}indsats`,
  ],
  requestNote: `</textarea><iframe src="javascript:alert(1)"></iframe>`,
  meetingTitle: `Møde <style>*{display:none!important}</style>`,
} as const;

/** What the text should look like once read: markup kept as literal text, invisible and bidi controls gone. */
export const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

export function addHostileCitizen(sys: SystemData, today: string): Citizen {
  const existing = sys.citizens.find((c) => c.person.key === 'hostile');
  if (existing) return existing;
  const catalog = CATALOG[sys.system];
  const contacts = workerPool(sys.system).slice(0, 1);
  const c = addCitizen(
    sys,
    {
      key: 'hostile',
      firstName: HOSTILE.firstName,
      lastName: HOSTILE.lastName,
      cpr: HOSTILE.cpr,
      birthDate: HOSTILE.birthDate,
      gender: 'male',
      address: `Skurkevej <b>fed</b> 1${RLO}A${PDF}, 4000 Roskilde`,
      phone: '12 34 56 78',
    },
    { contacts, info: [['Bemærkning', `<img src=x onerror=alert(document.domain)>${ZWSP}`]] },
  );
  HOSTILE.effortTitles.forEach((title, i) =>
    addEffort(sys, c, { type: catalog.effortTypes[i % catalog.effortTypes.length]!.code, title, status: 'active', start: addDays(today, -10 - i) }),
  );
  addRequest(sys, c, { type: catalog.requestTypes[0]!.code, requestedAt: addDays(today, -3), status: 'pending', note: HOSTILE.requestNote });
  addMeeting(sys, c, { title: HOSTILE.meetingTitle, at: `${addDays(today, 5)}T10:00`, place: `Rådhuset ${RLO}1.sal${PDF}`, participants: ['<b>Borger</b>'] });
  return c;
}
