import Type from 'typebox';
import type { App } from '../../http/app-types.js';
import { ctxOf } from '../../http/context.js';
import { paginate } from '../../http/pagination.js';
import { PageQuery, responses } from '../../schemas/common.js';
import { IdParams } from '../../schemas/shared.js';
import { NewTimeEntry, TimeEntry, TimeEntryPage, TimeEntryPatch } from '../../schemas/time-entries.js';
import {
  changeTimeEntry,
  logTime,
  presentTimeEntry,
  removeTimeEntry,
  timeEntriesOf,
} from '../../services/timeEntries.js';

const tags = ['support-requests'];
const ownEntryProblems = ['time-entry-not-yours', 'time-entry-locked', 412, 404] as const;

export default async function timeEntryRoutes(app: App) {
  app.post(
    '/support-requests/:id/time-entries',
    {
      schema: {
        operationId: 'createTimeEntry',
        tags,
        summary: 'Log time spent on a request (billable time is charged under an hourly SLA definition)',
        params: IdParams,
        body: NewTimeEntry,
        response: responses({ 201: TimeEntry }, 404),
      },
      config: { access: 'requests:work' },
    },
    async (request, reply) => {
      const entry = await request.inTenant((tx) => logTime(tx, ctxOf(request), request.params.id, request.body));
      return reply.code(201).header('location', `/v1/time-entries/${entry.id}`).send(presentTimeEntry(entry));
    },
  );

  app.get(
    '/support-requests/:id/time-entries',
    {
      schema: {
        operationId: 'listTimeEntries',
        tags,
        summary: "The time logged on a request, by when the work was done (the partner's agents only)",
        params: IdParams,
        querystring: Type.Object(PageQuery, { additionalProperties: false }),
        response: responses({ 200: TimeEntryPage }, 404),
      },
      config: { access: 'requests:work' },
    },
    async (request) =>
      request.inTenant(async (tx) => {
        const page = await paginate(
          request,
          tx,
          `time-entries:${request.params.id}`,
          (after, limit) => timeEntriesOf(tx, ctxOf(request), request.params.id, after, limit),
          (entry) => [entry.performedAt, entry.id],
        );
        return { ...page, data: page.data.map(presentTimeEntry) };
      }),
  );

  app.patch(
    '/time-entries/:id',
    {
      schema: {
        operationId: 'updateTimeEntry',
        tags,
        summary: 'Correct a time entry: its author only, for a day after recording it; honours If-Match',
        params: IdParams,
        body: TimeEntryPatch,
        response: responses({ 200: TimeEntry }, ...ownEntryProblems),
      },
      config: { access: 'requests:work' },
    },
    async (request) =>
      presentTimeEntry(
        await request.inTenant((tx) => changeTimeEntry(tx, ctxOf(request), request.params.id, request.body)),
      ),
  );

  app.delete(
    '/time-entries/:id',
    {
      schema: {
        operationId: 'deleteTimeEntry',
        tags,
        summary: 'Delete a time entry: its author only, for a day after recording it; honours If-Match',
        params: IdParams,
        response: responses({ 204: Type.Null({ description: 'deleted' }) }, ...ownEntryProblems),
      },
      config: { access: 'requests:work' },
    },
    async (request, reply) => {
      await request.inTenant((tx) => removeTimeEntry(tx, ctxOf(request), request.params.id));
      return reply.code(204).send(null);
    },
  );
}
