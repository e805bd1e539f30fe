// The plan a chat model may return: one catalogue query by name with that query's own input schema.
import { z } from 'zod';
import { CATALOGUE, QUERY_NAMES } from '../../graph/catalogue/catalogue.ts';

const variants = QUERY_NAMES.map((op) => z.object({ op: z.literal(op), params: CATALOGUE[op].input }).describe(CATALOGUE[op].summary.en));

/** A discriminated union over the catalogue: a model can only pick a query that exists, with valid params. */
export const planSchema = z.discriminatedUnion('op', variants as unknown as [typeof variants[number], ...typeof variants[number][]]);

/** Function-calling APIs want an object at the top. */
export const planEnvelopeSchema = z.object({ plan: planSchema }).describe('The catalogue query that answers the question');

export type PlannedQuery = z.infer<typeof planSchema>;
