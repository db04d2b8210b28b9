import Type from 'typebox';
import { trainingCauses } from '../domain/reports.js';
import { At, Id } from './common.js';
import * as ex from './examples.js';

export const TrainingNeedsQuery = Type.Object(
  {
    from: Type.String({ format: 'date-time', description: 'start of the period (inclusive), by diagnosis time' }),
    to: Type.String({ format: 'date-time', description: 'end of the period (exclusive); after from' }),
  },
  { additionalProperties: false },
);

export const TrainingNeeds = Type.Object(
  {
    from: At('start of the period (inclusive)'),
    to: At('end of the period (exclusive)'),
    customers: Type.Array(
      Type.Object({
        customerId: Id('the customer'),
        customerName: Type.String({ description: "the customer's name" }),
        requestCount: Type.Integer({ description: 'its requests with such a diagnosis in the period' }),
        products: Type.Array(
          Type.Object({
            name: Type.String({ description: 'the product name' }),
            count: Type.Integer({ description: 'how many of those requests were about it' }),
          }),
          { description: 'how many of its requests were about each product, most first' },
        ),
        requests: Type.Array(
          Type.Object({
            id: Id("the request's id"),
            number: Type.Integer({ description: "the request's number" }),
            title: Type.String({ description: "the request's title" }),
            productName: Type.String({ description: "the request's product name" }),
            cause: Type.Enum(trainingCauses, { description: 'the diagnosed cause' }),
            diagnosedAt: At('when it was diagnosed'),
          }),
          { description: 'those requests, most recent first' },
        ),
      }),
      { description: 'the customers with such requests, most first' },
    ),
  },
  {
    examples: [ex.trainingNeeds],
    description:
      'Per customer, the requests diagnosed usage_question or training_need in the period (002): whom to offer courses, on what.',
  },
);
