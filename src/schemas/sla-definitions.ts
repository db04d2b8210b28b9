import Type from 'typebox';
import { At, CreatedAt, Id, Nullable, Page, UpdatedAt, component } from './common.js';
import * as ex from './examples.js';
import {
  Category,
  ContactChannelKind,
  PausableState,
  PricingModel,
  Severity,
  SlaDefinitionStatus,
  Weekday,
} from './vocabularies.js';

const HourMinute = '([01][0-9]|2[0-3]):[0-5][0-9]';

export const BusinessHoursTerms = component(
  'BusinessHours',
  Type.Object(
    {
      timezone: Type.String({
        maxLength: 64,
        pattern: '^[A-Za-z0-9_+/-]+$',
        description: 'IANA time zone, e.g. Europe/Paris',
      }),
      alwaysOpen: Type.Boolean({
        description: '24/7: every calendar minute counts; weekly and holidays are then ignored',
      }),
      weekly: Type.Optional(
        Type.Array(
          Type.Object(
            {
              day: { ...Weekday, description: 'the day the window is open' },
              open: Type.String({ pattern: `^${HourMinute}$`, description: 'HH:MM local time' }),
              close: Type.String({
                pattern: `^(${HourMinute}|24:00)$`,
                description: 'HH:MM local time, after open; 24:00 = end of day',
              }),
            },
            { additionalProperties: false },
          ),
          {
            maxItems: 70,
            description: 'opening windows; several a day allowed (e.g. a lunch break); not needed when alwaysOpen',
          },
        ),
      ),
      holidays: Type.Optional(
        Type.Array(Type.String({ format: 'date' }), {
          maxItems: 400,
          description: 'closed dates in the zone; not needed when alwaysOpen',
        }),
      ),
    },
    {
      additionalProperties: false,
      description: 'When the SLA clock runs: business hours in a time zone, or 24/7',
      examples: [ex.businessHours],
    },
  ),
);

const ContactChannel = Type.Object(
  {
    kind: { ...ContactChannelKind, description: 'how customers reach support this way' },
    address: Type.String({ minLength: 1, maxLength: 300, description: 'number, address or URL' }),
    alwaysOpen: Type.Boolean({ default: false, description: 'reachable 24/7 regardless of the hours' }),
  },
  { additionalProperties: false, description: 'a way customers reach support' },
);

const Pricing = Type.Object(
  {
    model: { ...PricingModel, description: 'how support is charged' },
    amount: Type.Number({ minimum: 0, maximum: 1e9, description: 'the price per unit of the model (0 when included)' }),
    currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217' }),
    billingIncrementMinutes: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 1440,
        description:
          'hourly: the billable minutes of each request are rounded up to a multiple of this before pricing (15 when left out)',
      }),
    ),
  },
  { additionalProperties: false, description: 'what support costs the customer (R6)' },
);

const Target = Type.Object(
  {
    firstResponseMinutes: Type.Integer({
      minimum: 1,
      maximum: 525_600,
      description: 'business minutes from opening to the first response',
    }),
    resolutionMinutes: Type.Integer({
      minimum: 1,
      maximum: 5_256_000,
      description: 'business minutes from opening to the resolution, paused minutes not counted',
    }),
  },
  { additionalProperties: false, description: 'business minutes' },
);

const Targets = Type.Object(
  {
    critical: Type.Optional({ ...Target, description: 'for critical requests' }),
    moderate: Type.Optional({ ...Target, description: 'for moderate requests' }),
    minimal: Type.Optional({ ...Target, description: 'for minimal requests' }),
  },
  { additionalProperties: false, description: 'the targets per severity; publishing needs all three' },
);

const terms = {
  supportTypes: Type.Array(Category, { uniqueItems: true, description: 'request categories covered' }),
  hours: Nullable(BusinessHoursTerms, { description: 'when the clock runs; needed to publish' }),
  channels: Type.Array(ContactChannel, {
    maxItems: 20,
    description: 'how customers reach support; publishing needs at least one',
  }),
  pricing: Nullable(Pricing, { description: 'what support costs; needed to publish' }),
  targets: Nullable(Targets, { description: 'first-response and resolution targets; needed to publish' }),
  pauseOn: Type.Array(PausableState, {
    uniqueItems: true,
    description: 'request states that stop the clock',
  }),
  isDefault: Type.Boolean({ description: "the partner's default: covers customers without their own definition" }),
};

export const SlaDefinition = component(
  'SlaDefinition',
  Type.Object(
    {
      id: Id("the definition's id"),
      name: Type.String({ description: 'what customers see it as' }),
      version: Type.Integer({ description: 'terms version along the basedOn lineage' }),
      basedOn: Nullable(Id('a definition'), {
        description: 'the definition this version was based on; null: the first',
      }),
      status: { ...SlaDefinitionStatus, description: 'draft (editable), published (immutable, offered) or retired' },
      ...terms,
      revision: Type.Integer({ description: 'rises with every change; the ETag' }),
      createdAt: CreatedAt,
      updatedAt: UpdatedAt,
      publishedAt: Nullable(At('when'), { description: 'when it was published; null while a draft' }),
      retiredAt: Nullable(At('when'), { description: 'when it was retired; null while offered' }),
    },
    {
      description: 'An SLA definition: the support offering customers are told about (R6)',
      examples: [ex.slaDefinition],
    },
  ),
);

export const SlaDefinitionPage = component(
  'SlaDefinitionPage',
  Page(SlaDefinition, "One page of SlaDefinition items, in the list's order", ex.slaDefinition),
);

const optionalTerms = Object.fromEntries(
  Object.entries(terms).map(([name, schema]) => [name, Type.Optional(schema)]),
) as {
  [K in keyof typeof terms]: ReturnType<typeof Type.Optional<(typeof terms)[K]>>;
};

export const NewSlaDefinition = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'required unless basedOn' })),
    basedOn: Type.Optional(Id('the definition whose terms the new version starts from')),
    ...optionalTerms,
  },
  {
    additionalProperties: false,
    description: 'A draft. With basedOn, the new version starts from those terms.',
    examples: [ex.newSlaDefinition],
  },
);

export const SlaDefinitionPatch = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'what customers see it as' })),
    ...optionalTerms,
  },
  { additionalProperties: false, minProperties: 1, examples: [ex.slaDefinitionPatch] },
);

export const DueDatesRequest = Type.Object(
  {
    openedAt: At('when the request would be opened'),
    severity: { ...Severity, description: 'the severity whose targets apply' },
  },
  { additionalProperties: false, examples: [ex.dueDatesRequest] },
);

export const DueDatesAnswer = Type.Object(
  {
    firstResponseDueAt: At('when the first response would be due'),
    resolutionDueAt: At('when the resolution would be due, if the clock never pauses'),
  },
  { examples: [ex.dueDates] },
);

export const SlaQuery = Type.Object({
  status: Type.Optional({ ...SlaDefinitionStatus, description: 'only definitions in this status' }),
});
