import Type from 'typebox';
import { Nullable, Page, Timestamp, Uuid, component } from './common.js';
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
              day: Weekday,
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
    { additionalProperties: false },
  ),
);

const ContactChannel = Type.Object(
  {
    kind: ContactChannelKind,
    address: Type.String({ minLength: 1, maxLength: 300, description: 'number, address or URL' }),
    alwaysOpen: Type.Boolean({ default: false, description: 'reachable 24/7 regardless of the hours' }),
  },
  { additionalProperties: false },
);

const Pricing = Type.Object(
  {
    model: PricingModel,
    amount: Type.Number({ minimum: 0, maximum: 1e9 }),
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
  { additionalProperties: false },
);

const Target = Type.Object(
  {
    firstResponseMinutes: Type.Integer({ minimum: 1, maximum: 525_600 }),
    resolutionMinutes: Type.Integer({ minimum: 1, maximum: 5_256_000 }),
  },
  { additionalProperties: false, description: 'business minutes' },
);

const Targets = Type.Object(
  { critical: Type.Optional(Target), moderate: Type.Optional(Target), minimal: Type.Optional(Target) },
  { additionalProperties: false },
);

const terms = {
  supportTypes: Type.Array(Category, { uniqueItems: true, description: 'request categories covered' }),
  hours: Nullable(BusinessHoursTerms),
  channels: Type.Array(ContactChannel, { maxItems: 20 }),
  pricing: Nullable(Pricing),
  targets: Nullable(Targets),
  pauseOn: Type.Array(PausableState, {
    uniqueItems: true,
    description: 'request states that stop the clock',
  }),
  isDefault: Type.Boolean({ description: "the partner's default: covers customers without their own definition" }),
};

export const SlaDefinition = component(
  'SlaDefinition',
  Type.Object({
    id: Uuid,
    name: Type.String(),
    version: Type.Integer({ description: 'terms version along the basedOn lineage' }),
    basedOn: Nullable(Uuid),
    status: SlaDefinitionStatus,
    ...terms,
    revision: Type.Integer({ description: 'rises with every change; the ETag' }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    publishedAt: Nullable(Timestamp),
    retiredAt: Nullable(Timestamp),
  }),
);

export const SlaDefinitionPage = component(
  'SlaDefinitionPage',
  Page(SlaDefinition, "One page of SlaDefinition items, in the list's order"),
);

const optionalTerms = Object.fromEntries(
  Object.entries(terms).map(([name, schema]) => [name, Type.Optional(schema)]),
) as {
  [K in keyof typeof terms]: ReturnType<typeof Type.Optional<(typeof terms)[K]>>;
};

export const NewSlaDefinition = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'required unless basedOn' })),
    basedOn: Type.Optional(Uuid),
    ...optionalTerms,
  },
  { additionalProperties: false, description: 'A draft. With basedOn, the new version starts from those terms.' },
);

export const SlaDefinitionPatch = Type.Object(
  { name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })), ...optionalTerms },
  { additionalProperties: false, minProperties: 1 },
);

export const DueDatesRequest = Type.Object(
  { openedAt: Timestamp, severity: Severity },
  { additionalProperties: false },
);

export const DueDatesAnswer = Type.Object({ firstResponseDueAt: Timestamp, resolutionDueAt: Timestamp });

export const SlaQuery = Type.Object({ status: Type.Optional(SlaDefinitionStatus) });
