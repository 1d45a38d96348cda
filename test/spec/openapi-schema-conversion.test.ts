import { toJsonSchema } from '../../workbench/openapi/to-json-schema';

const BASE = 'https://specs.test/doc';

describe('OpenAPI 3.0 schemas rewritten for ajv', () => {
  const gadget = {
    type: 'object',
    required: ['id', 'title', 'secret'],
    properties: {
      id: { type: 'integer', readOnly: true },
      title: { type: 'string' },
      secret: { type: 'string', writeOnly: true },
    },
  };

  it('drops readOnly properties from required when the schema describes a request', () => {
    expect(toJsonSchema(gadget, 'request', BASE)).toMatchObject({ required: ['title', 'secret'] });
  });

  it('drops writeOnly properties from required when the schema describes a response', () => {
    expect(toJsonSchema(gadget, 'response', BASE)).toMatchObject({ required: ['id', 'title'] });
  });

  it('turns nullable into a null type, also allowed by an enum', () => {
    expect(toJsonSchema({ type: 'string', enum: ['a'], nullable: true }, 'request', BASE)).toEqual({
      type: ['string', 'null'],
      enum: ['a', null],
    });
  });

  it('makes local references absolute and drops their siblings, as OpenAPI 3.0 ignores them', () => {
    const schema = { type: 'array', items: { $ref: '#/components/schemas/User', description: 'ignored' } };
    expect(toJsonSchema(schema, 'request', BASE)).toEqual({
      type: 'array',
      items: { $ref: `${BASE}#/components/schemas/User` },
    });
  });

  it('converts draft-4 boolean exclusive bounds to numbers', () => {
    expect(toJsonSchema({ type: 'number', minimum: 0, exclusiveMinimum: true }, 'request', BASE)).toEqual({
      type: 'number',
      exclusiveMinimum: 0,
    });
  });

  it('reaches schemas nested in properties, composition keywords and additionalProperties', () => {
    const schema = {
      type: 'object',
      properties: { a: { allOf: [{ $ref: '#/components/schemas/A' }] } },
      additionalProperties: { type: 'string', nullable: true },
    };
    expect(toJsonSchema(schema, 'request', BASE)).toEqual({
      type: 'object',
      properties: { a: { allOf: [{ $ref: `${BASE}#/components/schemas/A` }] } },
      additionalProperties: { type: ['string', 'null'] },
    });
  });
});
