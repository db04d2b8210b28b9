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
    const compile = build(externalSchemas, options);
    const compiled = new WeakMap<object, ReturnType<typeof compile>>();
    return (route) => {
      if (typeof route.schema !== 'object' || route.schema === null) return compile(route);
      let serializer = compiled.get(route.schema);
      if (!serializer) {
        serializer = compile(route);
        compiled.set(route.schema, serializer);
      }
      return serializer;
    };
  };
}
