import type { Ajv } from 'ajv';

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

// ajv-formats is not a dependency; these are the formats Atlassian's descriptions use
// (int32, int64, double, float, date-time, date, uri, url, uuid, byte, binary).
const STRING_FORMATS: Record<string, RegExp | true> = {
  'date-time': /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  uri: /^[a-zA-Z][a-zA-Z0-9+.-]*:\S*$/,
  url: /^[a-zA-Z][a-zA-Z0-9+.-]*:\S*$/,
  uuid: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
  byte: /^[A-Za-z0-9+/]*={0,2}$/,
  binary: true,
  password: true,
};

export function registerFormats(ajv: Ajv): void {
  for (const [name, check] of Object.entries(STRING_FORMATS)) {
    ajv.addFormat(name, check === true ? true : { type: 'string', validate: check });
  }
  ajv.addFormat('int32', {
    type: 'number',
    validate: (value: number) => Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX,
  });
  ajv.addFormat('int64', { type: 'number', validate: (value: number) => Number.isInteger(value) });
  ajv.addFormat('double', { type: 'number', validate: () => true });
  ajv.addFormat('float', { type: 'number', validate: () => true });
}

/** Formats not listed above are accepted rather than failing compilation of a whole spec. */
export function registerUnknownFormats(ajv: Ajv, seen: Iterable<string>): void {
  for (const name of seen) {
    if (!ajv.formats[name]) ajv.addFormat(name, true);
  }
}
