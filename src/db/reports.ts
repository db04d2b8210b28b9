import type { TrainingCause } from '../domain/reports.js';
import type { Client } from './pool.js';

export interface TrainingNeedRow {
  customerId: string;
  customerName: string;
  requests: {
    id: string;
    number: number;
    title: string;
    productName: string;
    cause: TrainingCause;
    diagnosedAt: string;
  }[];
  products: { name: string; count: number }[];
}

/**
 * Per customer, the requests diagnosed with one of `causes` in [from, to), oldest first, and
 * their counts by product (most asked first). Served by the partial index of migration 012.
 */
export async function trainingNeeds(
  client: Client,
  causes: readonly TrainingCause[],
  from: string,
  to: string,
): Promise<TrainingNeedRow[]> {
  const { rows } = await client.query<TrainingNeedRow>(
    `with diagnosed as (
       select r.id, r.number, r.title, r.product_name, r.diagnosis_cause, r.diagnosed_at, r.customer_id
         from support_requests r
        where r.diagnosis_cause = any($1::text[])
          and r.diagnosed_at >= $2::timestamptz and r.diagnosed_at < $3::timestamptz
     )
     select c.id as "customerId", c.name as "customerName",
            (select json_agg(json_build_object('id', d.id, 'number', d.number, 'title', d.title,
                       'productName', d.product_name, 'cause', d.diagnosis_cause, 'diagnosedAt', d.diagnosed_at)
                     order by d.diagnosed_at, d.number)
               from diagnosed d where d.customer_id = c.id) as requests,
            (select json_agg(json_build_object('name', p.product_name, 'count', p.count) order by p.count desc, p.product_name)
               from (select product_name, count(*)::int as count from diagnosed d
                      where d.customer_id = c.id group by product_name) p) as products
       from customers c
      where c.id in (select customer_id from diagnosed)
      order by c.name, c.id`,
    [causes, from, to],
  );
  return rows;
}
