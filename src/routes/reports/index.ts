import type { App } from '../../http/app-types.js';
import { responses } from '../../schemas/common.js';
import { TrainingNeeds, TrainingNeedsQuery } from '../../schemas/reports.js';
import { trainingNeeds } from '../../services/reports.js';

export default async function reportRoutes(app: App) {
  app.get(
    '/reports/training-needs',
    {
      schema: {
        operationId: 'getTrainingNeeds',
        tags: ['reports'],
        summary: 'Per customer, the requests diagnosed usage_question or training_need in a period, by product',
        querystring: TrainingNeedsQuery,
        response: responses({ 200: TrainingNeeds }),
      },
      config: { access: 'reports:read' },
    },
    async (request) => request.readInTenant((client) => trainingNeeds(client, undefined, request.query)),
  );
}
