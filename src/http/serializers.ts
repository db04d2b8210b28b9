import { SerializerSelector, type SerializerFactory } from '@fastify/fast-json-stringify-compiler';

/**
 * Fastify's response serializers (fast-json-stringify), compiled once per schema instead of once
 * per route, status and media type. Every operation declares its problems with the one
 * ProblemDetails schema, so the default compiled some 700 identical serializers at start: seconds
 * of CPU and tens of megabytes of heap, for about sixty distinct schemas. The default compiler
 * reads only the schema (not the route's method, URL or status), so sharing its result is safe.
 */
export function sharedSerializers(): SerializerFactory {
  const build = SerializerSelector();
  return (externalSchemas, options) => {
    const compile = build(nullAsType(externalSchemas), options);
    const compiled = new WeakMap<object, ReturnType<typeof compile>>();
    return (route) => {
      if (typeof route.schema !== 'object' || route.schema === null) return compile(route);
      let serializer = compiled.get(route.schema);
      if (!serializer) {
        serializer = compile({ ...route, schema: nullAsType(route.schema) });
        compiled.set(route.schema, serializer);
      }
      return serializer;
    };
  };
}

// Keywords whose values are data, not schemas.
const DATA_KEYWORDS = new Set(['examples', 'default', 'const', 'enum', 'required']);

/**
 * A copy of `schema` for the serializers, in which each `anyOf` of a simple type and null
 * (Nullable) is written as a list of types. fast-json-stringify serializes an `anyOf` by
 * validating the value against each branch with Ajv, formats included: 0.3 µs a field (a
 * date-time's regular expression), where a list of types is a `typeof` test (0.04 µs); a page of
 * 20 requests has about 300 such fields. The output is the same; the contract, and the
 * validation of requests, keep the `anyOf`.
 */
export function nullAsType(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(nullAsType);
  if (typeof schema !== 'object' || schema === null) return schema;
  const { anyOf, ...rest } = schema as Record<string, unknown>;
  const copy = Object.fromEntries(
    Object.entries(rest).map(([keyword, value]) => [keyword, DATA_KEYWORDS.has(keyword) ? value : nullAsType(value)]),
  );
  if (!Array.isArray(anyOf)) return anyOf === undefined ? copy : { ...copy, anyOf };
  const branches = anyOf as Record<string, unknown>[];
  const typed = branches.find((branch) => branch.type !== 'null');
  const simple =
    branches.length === 2 &&
    branches.some((branch) => branch.type === 'null') &&
    typed !== undefined &&
    typeof typed.type === 'string' &&
    ['anyOf', 'oneOf', 'allOf', '$ref'].every((keyword) => typed[keyword] === undefined);
  if (!simple) return { ...copy, anyOf: branches.map(nullAsType) };
  return { ...copy, ...(nullAsType(typed) as object), type: [typed.type, 'null'] };
}
