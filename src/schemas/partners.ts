import Type from 'typebox';
import { findingCodes, findingLevels } from '../domain/compliance.js';
import { deliveryModels, selfHelpLinkKinds } from '../domain/partners.js';
import { CreatedApiKey } from './api-keys.js';
import { LanguageTag, Nullable, Page, Timestamp, Uuid, component } from './common.js';
import { Competency, PartnerKind, SupportPlanKind } from './vocabularies.js';

const Url = Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2048 });

const SelfHelpLink = component(
  'SelfHelpLink',
  Type.Object(
    { kind: Type.Enum(selfHelpLinkKinds), title: Type.String({ minLength: 1, maxLength: 200 }), url: Url },
    { additionalProperties: false, description: 'Where customers help themselves before raising a request (004)' },
  ),
);

const TrainingOffer = component(
  'TrainingOffer',
  Type.Object(
    {
      title: Type.String({ minLength: 1, maxLength: 200 }),
      description: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
      url: Type.Optional(Nullable(Url)),
    },
    { additionalProperties: false, description: 'A course or session the partner offers its customers (002)' },
  ),
);

/** What the partner tells its customers beyond its contact (R6; 002, 003, 004). */
const supportOffering = {
  deliveryModel: Nullable(Type.Enum(deliveryModels), {
    description: 'how support is delivered: by the partner itself, outsourced, or resold',
  }),
  deliveryProvider: Nullable(Type.String({ minLength: 1, maxLength: 200 }), {
    description: 'who delivers it when not in_house (required then, refused for in_house)',
  }),
  collectionsPolicy: Nullable(Type.String({ minLength: 1, maxLength: 4000 }), {
    description: 'text or a URL: when and how non-payment affects access (003)',
  }),
  selfHelpLinks: Type.Array(SelfHelpLink, { maxItems: 50 }),
  trainingOffers: Type.Array(TrainingOffer, { maxItems: 50 }),
  language: {
    ...LanguageTag,
    description: "the language the partner writes to its customers in, and its customers' unless they have their own",
  },
  incidentResolvedNotes: Type.Record(
    Type.String({ pattern: '^[a-z]{2,3}$' }),
    Type.String({ minLength: 1, maxLength: 4000 }),
    {
      additionalProperties: false,
      maxProperties: 50,
      description:
        'the public note left on each open request linked to a service incident when Microsoft resolves it, by ' +
        "language (`fr`, `en`: the customer's language's primary subtag); `{service}`, `{incidentId}`, `{title}` and " +
        '`{partner}` are replaced. A language not given here takes the default wording (French or English).',
      examples: [
        {
          fr: "Microsoft a résolu l'incident {service} {incidentId}. Tout refonctionne ? Dites-le-nous ici. — {partner}",
        },
      ],
    },
  ),
};

export const Partner = component(
  'Partner',
  Type.Object({
    id: Uuid,
    name: Type.String(),
    kind: PartnerKind,
    indirectProviderId: Nullable(Uuid),
    competency: Competency,
    supportProfile: Type.Object(
      {
        email: Nullable(Type.String()),
        telephone: Nullable(Type.String()),
        website: Nullable(Type.String()),
        ...supportOffering,
      },
      {
        description:
          "What customers are shown (R6): the partner's support contact (Partner Center SupportProfile), how support is " +
          'delivered, the collections policy, self-help links and training offers. Customer users read it too.',
      },
    ),
    version: Type.Integer(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  }),
);

export const NewPartner = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    kind: PartnerKind,
    indirectProviderId: Type.Optional(Uuid),
    competency: Type.Optional({ ...Competency, default: 'none' }),
  },
  { additionalProperties: false },
);

export const PartnerChange = Type.Object(
  { competency: Competency },
  { additionalProperties: false, description: "The operator records a change of the partner's MPN competency." },
);

export const PartnerWithKey = Type.Object({ partner: Partner, apiKey: CreatedApiKey });

export const SupportProfile = Type.Object(
  {
    email: Nullable(Type.String({ format: 'email', maxLength: 254 })),
    telephone: Nullable(
      Type.String({
        pattern: '^\\+?[0-9][0-9 ().-]{4,30}$',
        description: 'digits with optional +, spaces, dots, dashes, parentheses',
      }),
    ),
    website: Nullable(Url),
    deliveryModel: Type.Optional(supportOffering.deliveryModel),
    deliveryProvider: Type.Optional(supportOffering.deliveryProvider),
    collectionsPolicy: Type.Optional(supportOffering.collectionsPolicy),
    selfHelpLinks: Type.Optional(supportOffering.selfHelpLinks),
    trainingOffers: Type.Optional(supportOffering.trainingOffers),
    language: Type.Optional({
      ...supportOffering.language,
      description: `${supportOffering.language.description}; \`en\` when omitted`,
    }),
    incidentResolvedNotes: Type.Optional(supportOffering.incidentResolvedNotes),
  },
  {
    additionalProperties: false,
    description:
      'The whole profile: email, telephone and website are stated (null clears one); the rest, when omitted, is cleared.',
  },
);

export const SupportPlan = component(
  'SupportPlan',
  Type.Object({
    id: Uuid,
    kind: SupportPlanKind,
    validFrom: Timestamp,
    validUntil: Nullable(Timestamp, { description: 'null: open-ended' }),
    incidentsTotal: Nullable(Type.Integer(), { description: 'partner_network_incidents only' }),
    incidentsRemaining: Nullable(Type.Integer(), { description: 'partner_network_incidents only; never below 0' }),
    eligibleProducts: Nullable(Type.Array(Type.String()), {
      description:
        'partner_network_incidents only: the on-premises products it covers; null: every on-premises product',
    }),
    active: Type.Boolean({ description: 'valid now' }),
    version: Type.Integer(),
    createdAt: Timestamp,
  }),
);

export const SupportPlanPage = component(
  'SupportPlanPage',
  Page(SupportPlan, "One page of SupportPlan items, in the list's order"),
);

export const NewSupportPlan = Type.Object(
  {
    kind: SupportPlanKind,
    validFrom: Timestamp,
    validUntil: Type.Optional(Nullable(Timestamp)),
    incidentsTotal: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 100000,
        description: 'required for partner_network_incidents, refused otherwise',
      }),
    ),
    eligibleProducts: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 200 }), {
        minItems: 1,
        maxItems: 100,
        uniqueItems: true,
        description:
          'partner_network_incidents only: the recent on-premises products the benefit covers, by product name',
      }),
    ),
  },
  {
    additionalProperties: false,
    description:
      'signature_cloud needs a gold or silver competency, partner_network_incidents gold, silver or action_pack ' +
      '(`422 plan-not-eligible`).',
  },
);

export const Compliance = Type.Object({
  compliant: Type.Boolean({ description: 'true when no finding is a failure (warnings do not count)' }),
  findings: Type.Array(
    Type.Object({
      code: Type.Enum(findingCodes),
      level: Type.Enum(findingLevels),
      detail: Type.String(),
      missing: Type.Optional(Type.Array(Type.String())),
      customerIds: Type.Optional(Type.Array(Uuid, { description: 'the first 100' })),
      requests: Type.Optional(
        Type.Array(Type.Object({ id: Uuid, number: Type.Integer(), customerId: Uuid }), {
          description: 'the first 100 open requests received uncovered',
        }),
      ),
      count: Type.Optional(Type.Integer()),
    }),
  ),
});
