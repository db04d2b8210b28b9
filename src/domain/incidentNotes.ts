/**
 * The public note a partner leaves on each open request linked to a Microsoft service incident
 * when the incident is resolved: in the partner's voice (R9: the customer hears from its partner,
 * not from Microsoft) and in the customer's language.
 */

/** The default wording, by primary language subtag; a partner may give its own per language. */
export const defaultIncidentResolvedNotes: Readonly<Record<string, string>> = {
  en:
    'Microsoft reports the {service} incident {incidentId} ("{title}") as resolved. It was behind your request: ' +
    'please check that everything works again on your side, and answer here if it does not. — {partner}',
  fr:
    "Microsoft annonce la résolution de l'incident {service} {incidentId} (« {title} »), à l'origine de votre " +
    'demande : merci de vérifier que tout fonctionne à nouveau de votre côté, et de nous répondre ici sinon. — {partner}',
};

export interface ResolvedIncident {
  id: string;
  title: string;
  service: string;
}

/** `fr-FR` → `fr`. */
export const primaryLanguage = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * The note for a customer who reads `language`: the partner's wording in that language, else the
 * default one, else (a language with neither) the partner's wording in its own language, else English.
 */
export function incidentResolvedNote(
  partner: { name: string; language: string; incidentResolvedNotes: Record<string, string> },
  language: string,
  incident: ResolvedIncident,
): string {
  const wanted = primaryLanguage(language);
  const own = primaryLanguage(partner.language);
  const template =
    partner.incidentResolvedNotes[wanted] ??
    defaultIncidentResolvedNotes[wanted] ??
    partner.incidentResolvedNotes[own] ??
    defaultIncidentResolvedNotes[own] ??
    defaultIncidentResolvedNotes.en!;
  const values: Record<string, string> = {
    service: incident.service,
    incidentId: incident.id,
    title: incident.title,
    partner: partner.name,
  };
  return template.replace(/\{(service|incidentId|title|partner)\}/g, (_, name: string) => values[name]!);
}
