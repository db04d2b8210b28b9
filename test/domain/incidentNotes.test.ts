import t from 'tap';
import { incidentResolvedNote } from '../../src/domain/incidentNotes.js';

const incident = { id: 'EX123456', title: 'Users cannot send or receive email', service: 'Exchange Online' };
const partner = (language: string, incidentResolvedNotes: Record<string, string> = {}) => ({
  name: 'Contoso Partner',
  language,
  incidentResolvedNotes,
});

t.test(
  "the note speaks the customer's language: the partner's wording, else the default, else the partner's own",
  async (t) => {
    t.match(
      incidentResolvedNote(partner('en'), 'fr-CA', incident),
      /^Microsoft annonce la résolution de l'incident Exchange Online EX123456 \(« Users cannot send or receive email »\)/,
    );
    t.match(
      incidentResolvedNote(partner('fr'), 'en-GB', incident),
      /^Microsoft reports the Exchange Online incident EX123456/,
    );
    const custom = partner('de', {
      fr: 'Incident {incidentId} ({service}) résolu. — {partner}',
      de: 'Störung {incidentId} behoben. — {partner}',
    });
    t.equal(
      incidentResolvedNote(custom, 'fr', incident),
      'Incident EX123456 (Exchange Online) résolu. — Contoso Partner',
    );
    t.equal(
      incidentResolvedNote(custom, 'it-IT', incident),
      'Störung EX123456 behoben. — Contoso Partner',
      "a language with no wording: the partner's own",
    );
    t.match(
      incidentResolvedNote(partner('ja'), 'it', incident),
      /^Microsoft reports/,
      'English when neither has a wording',
    );
    t.equal(
      incidentResolvedNote(partner('en', { en: '{title} {unknown}' }), 'en', {
        ...incident,
        title: 'a {partner} title',
      }),
      'a {partner} title {unknown}',
      'placeholders are replaced once, never inside the values',
    );
  },
);
