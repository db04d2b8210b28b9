import type { Client } from './pool.js';
import type { PartnerKind, Competency, DeliveryModel, SelfHelpLinkKind } from '../domain/partners.js';

export interface SelfHelpLink {
  kind: SelfHelpLinkKind;
  title: string;
  url: string;
}

export interface TrainingOffer {
  title: string;
  description?: string | null;
  url?: string | null;
}

/** What customers are shown of how they get support (R6). */
export interface SupportProfileRow {
  email: string | null;
  telephone: string | null;
  website: string | null;
  deliveryModel: DeliveryModel | null;
  deliveryProvider: string | null;
  collectionsPolicy: string | null;
  selfHelpLinks: SelfHelpLink[];
  trainingOffers: TrainingOffer[];
  language: string;
  incidentResolvedNotes: Record<string, string>;
}

export interface PartnerRow {
  id: string;
  name: string;
  kind: PartnerKind;
  indirectProviderId: string | null;
  competency: Competency;
  supportProfile: SupportProfileRow;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const partnerColumns = `
  id, name, kind, indirect_provider_id as "indirectProviderId", competency,
  json_build_object('email', support_email, 'telephone', support_telephone, 'website', support_website,
    'deliveryModel', support_delivery_model, 'deliveryProvider', support_delivery_provider,
    'collectionsPolicy', collections_policy, 'selfHelpLinks', self_help_links, 'trainingOffers', training_offers,
    'language', language, 'incidentResolvedNotes', incident_resolved_notes
  ) as "supportProfile",
  version, created_at as "createdAt", updated_at as "updatedAt"`;

export interface NewPartnerRow {
  id: string;
  name: string;
  kind: PartnerKind;
  indirectProviderId: string | null;
  competency: Competency;
}

export async function insertPartner(client: Client, partner: NewPartnerRow): Promise<PartnerRow> {
  const { rows } = await client.query<PartnerRow>(
    `insert into partners (id, name, kind, indirect_provider_id, competency)
     values ($1::uuid, $2::text, $3::text, $4::uuid, $5::text)
     returning ${partnerColumns}`,
    [partner.id, partner.name, partner.kind, partner.indirectProviderId, partner.competency],
  );
  await client.query('select create_request_number_sequence()');
  return rows[0]!;
}

/** The partner of the current tenant transaction (row-level security shows no other). */
export async function findPartner(client: Client, id: string): Promise<PartnerRow | undefined> {
  const { rows } = await client.query<PartnerRow>(`select ${partnerColumns} from partners where id = $1::uuid`, [id]);
  return rows[0];
}

export async function updateSupportProfile(
  client: Client,
  id: string,
  profile: SupportProfileRow,
): Promise<PartnerRow> {
  const { rows } = await client.query<PartnerRow>(
    `update partners
        set support_email = $2::text, support_telephone = $3::text, support_website = $4::text,
            support_delivery_model = $5::text, support_delivery_provider = $6::text, collections_policy = $7::text,
            self_help_links = $8::jsonb, training_offers = $9::jsonb, language = $10::text,
            incident_resolved_notes = $11::jsonb, version = version + 1, updated_at = now()
      where id = $1::uuid
      returning ${partnerColumns}`,
    [
      id,
      profile.email,
      profile.telephone,
      profile.website,
      profile.deliveryModel,
      profile.deliveryProvider,
      profile.collectionsPolicy,
      JSON.stringify(profile.selfHelpLinks),
      JSON.stringify(profile.trainingOffers),
      profile.language,
      JSON.stringify(profile.incidentResolvedNotes),
    ],
  );
  return rows[0]!;
}

export async function updateCompetency(client: Client, id: string, competency: Competency): Promise<PartnerRow> {
  const { rows } = await client.query<PartnerRow>(
    `update partners set competency = $2::text, version = version + 1, updated_at = now()
      where id = $1::uuid
      returning ${partnerColumns}`,
    [id, competency],
  );
  return rows[0]!;
}
