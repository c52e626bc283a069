import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { servedOperations } from './api';
import { requestSchema, resolve, type Schema } from './openapi';
import { honouredFor, parentsOf } from './parameters';
import { HONOURED } from './parameters-honoured';
import { runEmulator, TEST_KEY, type Running } from './test-support';

let running: Running;

beforeAll(async () => {
  running = await runEmulator({ port: 0 });
});
afterAll(() => running?.stop());

const TEST_SOURCES = readdirSync(__dirname)
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => readFileSync(path.join(__dirname, file), 'utf8'))
  .join('\n');

/** The object alternative of a schema (a hash parameter may also be unset with ''), or its array's. */
function fieldsOf(schema: Schema): { properties: Record<string, Schema>; array: boolean } {
  const s = resolve(schema);
  const branches = s.anyOf ? s.anyOf.map(resolve) : [s];
  const array = branches.find((b) => b.type === 'array');
  if (array) return { properties: fieldsOf(array.items ?? {}).properties, array: true };
  return { properties: branches.find((b) => b.properties)?.properties ?? {}, array: false };
}

/** The description's parameters of an operation: every top-level one, and the children of those the table enters. */
function parametersOf(schema: Schema, parents: Set<string>, prefix = ''): { path: string; schema: Schema }[] {
  return Object.entries(fieldsOf(schema).properties).flatMap(([key, property]) => {
    const at = prefix ? `${prefix}[${key}]` : key;
    if (!parents.has(at)) return [{ path: at, schema: property }];
    return parametersOf(property, parents, fieldsOf(property).array ? `${at}[]` : at);
  });
}

const operations = servedOperations().map((operation) => {
  const [method, template] = operation.split(' ') as [string, string];
  const table = honouredFor(operation);
  const schema = requestSchema(method.toLowerCase() as 'get' | 'post' | 'delete', template);
  // Some operations take no parameter at all (DELETE /v1/customers/{customer}); the others must yield some.
  const declares = resolve(schema).properties !== undefined;
  return { operation, method, template, table, parameters: parametersOf(schema, parentsOf(table)), declares };
});

async function send(method: string, template: string, parameter: string, value: string) {
  const url = `${running.emulator.url}${template.replace(/\{\w+\}/g, 'x_1')}`;
  const form = `${parameter.replace(/\[\]/g, '[0]').replace(/[[\]]/g, encodeURIComponent)}=${encodeURIComponent(value)}`;
  const answer = await fetch(method === 'GET' ? `${url}?${form}` : url, {
    method,
    headers: { authorization: `Bearer ${TEST_KEY}`, 'content-type': 'application/x-www-form-urlencoded' },
    ...(method === 'GET' ? {} : { body: form }),
  });
  return { status: answer.status, body: (await answer.json()) as { error?: { message: string; param?: string } } };
}

describe('every parameter of every operation the emulator serves is honoured or refused, never ignored', () => {
  it.each(operations)('$operation', async ({ operation, method, template, table, parameters, declares }) => {
    expect(parameters.length > 0).toBe(declares);
    const ignored: string[] = [];
    for (const { path: parameter, schema } of parameters) {
      const honoured = table[parameter];
      if (honoured !== undefined) {
        const title = typeof honoured === 'string' ? honoured : honoured.test;
        expect(TEST_SOURCES, `${operation} ${parameter}: no test "${title}"`).toContain(title);
        const other =
          typeof honoured === 'string'
            ? undefined
            : resolve(schema).enum?.find((v) => !honoured.only.includes(v as string));
        if (other === undefined) continue;
        // Honoured for some values: another value Stripe takes is refused.
        const { status, body } = await send(method, template, parameter, String(other));
        expect([status, body.error?.message], `${operation} ${parameter}=${String(other)}`).toEqual([
          400,
          expect.stringContaining(`does not implement \`${parameter}=${String(other)}\` on ${operation}`),
        ]);
        continue;
      }
      const { status, body } = await send(method, template, parameter, 'x');
      const refused =
        status === 400 &&
        body.error?.message.includes(`The Stripe emulator does not implement \`${parameter}\` on ${operation}`);
      if (!refused) ignored.push(`${parameter} (${status}: ${body.error?.message ?? 'accepted'})`);
    }
    expect(ignored, `${operation}: neither honoured nor refused`).toEqual([]);
  });

  it('names only parameters the description has', () => {
    const known = new Set(
      operations.flatMap(({ operation, parameters }) => parameters.map((p) => `${operation} ${p.path}`)),
    );
    const anywhere = new Set(operations.flatMap(({ parameters }) => parameters.map((p) => p.path)));
    const stray = Object.entries(HONOURED).flatMap(([operation, entries]) =>
      Object.keys(entries)
        .filter((p) => (operation === '*' ? !anywhere.has(p) : !known.has(`${operation} ${p}`)))
        .map((p) => `${operation} ${p}`),
    );
    expect(stray).toEqual([]);
  });
});
