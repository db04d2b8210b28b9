import Type from 'typebox';
import { findingCodes, findingLevels } from '../domain/compliance.js';
import { deliveryModels, selfHelpLinkKinds } from '../domain/partners.js';
import { CreatedApiKey } from './api-keys.js';
import { At, CreatedAt, Id, LanguageTag, Nullable, Page, UpdatedAt, Uuid, Version, component } from './common.js';
import * as ex from './examples.js';
import { Competency, PartnerKind, SupportPlanKind } from './vocabularies.js';

const Url = Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2048, description: 'an http(s) URL' });

const SelfHelpLink = component(
  'SelfHelpLink',
  Type.Object(
    {
      kind: Type.Enum(selfHelpLinkKinds, { description: 'documentation, a service status page, or training' }),
      title: Type.String({ minLength: 1, maxLength: 200, description: 'what customers see as the link' }),
      url: { ...Url, description: 'where it leads' },
    },
    {
      additionalProperties: false,
      description: 'Where customers help themselves before raising a request (004)',
      examples: [ex.partner.supportProfile.selfHelpLinks[0]],
    },
  ),
);

const TrainingOffer = component(
  'TrainingOffer',
  Type.Object(
    {
      title: Type.String({ minLength: 1, maxLength: 200, description: 'the course or session' }),
      description: Type.Optional(Nullable(Type.String({ maxLength: 2000 }), { description: 'what it teaches' })),
      url: Type.Optional(Nullable(Url, { description: 'where to learn more or register' })),
    },
    {
      additionalProperties: false,
      description: 'A course or session the partner offers its customers (002)',
      examples: [ex.partner.supportProfile.trainingOffers[0]],
    },
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
  selfHelpLinks: Type.Array(SelfHelpLink, { maxItems: 50, description: 'where customers help themselves first' }),
  trainingOffers: Type.Array(TrainingOffer, { maxItems: 50, description: 'courses offered to customers (002)' }),
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
  Type.Object(
    {
      id: Id("the partner's id"),
      name: Type.String({ description: "the partner's company name" }),
      kind: { ...PartnerKind, description: 'how the partner sells; resellers escalate to their provider (R5)' },
      indirectProviderId: Nullable(Id('a partner'), { description: "a reseller's indirect provider; null otherwise" }),
      competency: { ...Competency, description: 'decides which support plans the partner may hold (R4)' },
      supportProfile: Type.Object(
        {
          email: Nullable(Type.String(), { description: 'support email address; null: not stated' }),
          telephone: Nullable(Type.String(), { description: 'support phone number; null: not stated' }),
          website: Nullable(Type.String(), { description: 'support website; null: not stated' }),
          ...supportOffering,
        },
        {
          description:
            "What customers are shown (R6): the partner's support contact (Partner Center SupportProfile), how support is " +
            'delivered, the collections policy, self-help links and training offers. Customer users read it too.',
        },
      ),
      version: Version,
      createdAt: CreatedAt,
      updatedAt: UpdatedAt,
    },
    { description: 'A CSP partner: the tenant of the service', examples: [ex.partner] },
  ),
);

export const NewPartner = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200, description: "the partner's company name" }),
    kind: { ...PartnerKind, description: 'how the partner sells' },
    indirectProviderId: Type.Optional(Id("a reseller's indirect provider (a partner of this deployment)")),
    competency: Type.Optional({
      ...Competency,
      default: 'none',
      description: 'its Microsoft partner network competency',
    }),
  },
  { additionalProperties: false, examples: [ex.newPartner] },
);

export const PartnerChange = Type.Object(
  { competency: { ...Competency, description: 'the new competency' } },
  {
    additionalProperties: false,
    description: "The operator records a change of the partner's MPN competency.",
    examples: [{ competency: 'gold' }],
  },
);

export const PartnerWithKey = Type.Object(
  {
    partner: { ...Partner, description: 'the new partner' },
    apiKey: { ...CreatedApiKey, description: 'its first admin_agent key: the secret is shown this once' },
  },
  { examples: [{ partner: ex.partner, apiKey: { ...ex.createdApiKey, name: 'admin', role: 'admin_agent' } }] },
);

export const SupportProfile = Type.Object(
  {
    email: Nullable(Type.String({ format: 'email', maxLength: 254 }), { description: 'support email address' }),
    telephone: Nullable(Type.String({ pattern: '^\\+?[0-9][0-9 ().-]{4,30}$' }), {
      description: 'support phone number: digits with optional +, spaces, dots, dashes, parentheses',
    }),
    website: Nullable(Url, { description: 'support website' }),
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
    examples: [ex.supportProfileChange],
  },
);

export const SupportPlan = component(
  'SupportPlan',
  Type.Object(
    {
      id: Id("the plan's id"),
      kind: { ...SupportPlanKind, description: 'the Microsoft support plan (R4)' },
      validFrom: At('when the plan starts'),
      validUntil: Nullable(At('when'), { description: 'when the plan ends; null: open-ended' }),
      incidentsTotal: Nullable(Type.Integer(), { description: 'partner_network_incidents only' }),
      incidentsRemaining: Nullable(Type.Integer(), { description: 'partner_network_incidents only; never below 0' }),
      eligibleProducts: Nullable(Type.Array(Type.String()), {
        description:
          'partner_network_incidents only: the on-premises products it covers; null: every on-premises product',
      }),
      active: Type.Boolean({ description: 'valid now' }),
      version: Version,
      createdAt: CreatedAt,
    },
    { description: 'A Microsoft support plan the partner holds (R4)', examples: [ex.supportPlan] },
  ),
);

export const SupportPlanPage = component(
  'SupportPlanPage',
  Page(SupportPlan, "One page of SupportPlan items, in the list's order", ex.supportPlan),
);

export const NewSupportPlan = Type.Object(
  {
    kind: { ...SupportPlanKind, description: 'the Microsoft support plan' },
    validFrom: At('when the plan starts'),
    validUntil: Type.Optional(Nullable(At('when'), { description: 'when the plan ends; null or absent: open-ended' })),
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
    examples: [ex.newSupportPlan],
  },
);

export const Compliance = Type.Object(
  {
    compliant: Type.Boolean({ description: 'true when no finding is a failure (warnings do not count)' }),
    findings: Type.Array(
      Type.Object({
        code: Type.Enum(findingCodes, { description: 'what is missing or wrong' }),
        level: Type.Enum(findingLevels, { description: 'a failure breaks a rule (R6); a warning is advice' }),
        detail: Type.String({ description: 'the finding in words' }),
        missing: Type.Optional(Type.Array(Type.String(), { description: 'the support profile fields not stated' })),
        customerIds: Type.Optional(Type.Array(Uuid, { description: 'the first 100' })),
        requests: Type.Optional(
          Type.Array(
            Type.Object({
              id: Id("the request's id"),
              number: Type.Integer({ description: "the request's number" }),
              customerId: Id('its customer'),
            }),
            { description: 'the first 100 open requests received uncovered' },
          ),
        ),
        count: Type.Optional(Type.Integer({ description: 'how many there are in all' })),
        connectors: Type.Optional(
          Type.Array(
            Type.Object({
              kind: Type.String({ description: 'graph or partner_center' }),
              failingSince: Type.String({ format: 'date-time', description: 'since when every call has failed' }),
              lastError: Type.Union([Type.String(), Type.Null()], { description: 'what the last failed call met' }),
            }),
            { description: 'unhealthy-connectors: the Microsoft connectors failing for 24 h or more' },
          ),
        ),
      }),
      { description: 'what the partner should fix or consider' },
    ),
  },
  { examples: [ex.compliance] },
);
