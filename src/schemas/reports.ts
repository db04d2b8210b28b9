import Type from 'typebox';
import { trainingCauses } from '../domain/reports.js';
import { Timestamp, Uuid } from './common.js';

export const TrainingNeedsQuery = Type.Object(
  {
    from: Type.String({ format: 'date-time', description: 'start of the period (inclusive), by diagnosis time' }),
    to: Type.String({ format: 'date-time', description: 'end of the period (exclusive); after from' }),
  },
  { additionalProperties: false },
);

export const TrainingNeeds = Type.Object(
  {
    from: Timestamp,
    to: Timestamp,
    customers: Type.Array(
      Type.Object({
        customerId: Uuid,
        customerName: Type.String(),
        requestCount: Type.Integer(),
        products: Type.Array(Type.Object({ name: Type.String(), count: Type.Integer() }), {
          description: 'how many of its requests were about each product, most first',
        }),
        requests: Type.Array(
          Type.Object({
            id: Uuid,
            number: Type.Integer(),
            title: Type.String(),
            productName: Type.String(),
            cause: Type.Enum(trainingCauses),
            diagnosedAt: Timestamp,
          }),
        ),
      }),
    ),
  },
  {
    description:
      'Per customer, the requests diagnosed usage_question or training_need in the period (002): whom to offer courses, on what.',
  },
);
