import Type from 'typebox';
import { At, component, Id, Nullable, Page, Timestamp, Uuid } from './common.js';
import { ids } from './examples.js';
import { Actor } from './events.js';

const minutes = Type.Integer({ minimum: 1, maximum: 1440, description: 'time spent, in minutes (at most a day)' });
const billable = Type.Boolean({ description: 'charged under an hourly SLA definition; other time is recorded only' });
const note = Type.String({ minLength: 1, maxLength: 2000, description: 'what the time was spent on' });
const performedAt = Type.String({
  format: 'date-time',
  description: 'when the work was done; the time of the call when left out',
});

const example = {
  id: ids.timeEntry,
  supportRequestId: ids.outageRequest,
  minutes: 45,
  billable: true,
  note: 'Traced the Exchange Online connector failure with the message trace; re-enabled the inbound connector.',
  performedAt: '2026-11-20T09:30:00.000Z',
  author: { kind: 'api_key', id: ids.agentKey, role: 'helpdesk_agent' },
  editableUntil: '2026-11-21T10:15:00.000Z',
  version: 1,
  createdAt: '2026-11-20T10:15:00.000Z',
  updatedAt: '2026-11-20T10:15:00.000Z',
};

export const TimeEntry = component(
  'TimeEntry',
  Type.Object(
    {
      id: Id('the time entry'),
      supportRequestId: { ...Uuid, description: 'the request the time was spent on' },
      minutes,
      billable,
      note: Nullable(note, { description: 'what the time was spent on' }),
      performedAt: { ...Timestamp, description: 'when the work was done' },
      author: Actor,
      editableUntil: {
        ...Timestamp,
        description: 'until when its author may change or delete it (a day after it was recorded)',
      },
      version: Type.Integer({ description: 'rises with every change; the ETag' }),
      createdAt: At('when it was recorded'),
      updatedAt: At('when it last changed'),
    },
    { description: "Time an agent spent on a request, priced by the request's SLA definition", examples: [example] },
  ),
);

export const TimeEntryPage = component(
  'TimeEntryPage',
  Page(TimeEntry, 'One page of TimeEntry items, by when the work was done', example),
);

export const NewTimeEntry = Type.Object(
  { minutes, billable, note: Type.Optional(note), performedAt: Type.Optional(performedAt) },
  {
    additionalProperties: false,
    examples: [{ minutes: 45, billable: true, note: example.note, performedAt: example.performedAt }],
  },
);

export const TimeEntryPatch = Type.Object(
  {
    minutes: Type.Optional(minutes),
    billable: Type.Optional(billable),
    note: Type.Optional(Nullable(note, { description: 'what the time was spent on; null removes it' })),
    performedAt: Type.Optional(performedAt),
  },
  { additionalProperties: false, minProperties: 1, examples: [{ minutes: 60, billable: false }] },
);
