import { readdirSync } from 'node:fs';
import path from 'node:path';

import { MetadataStorage, UnderscoreNamingStrategy } from '@mikro-orm/core';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { HOT_ENTITIES } from '../data/hot-tables';

/**
 * The hot tables are written by the engine and the data module only (README "Architecture"): any
 * other SQL write of one fails here, as does any write of a hot table through the ORM, and any
 * assignment to the request's status, counts, timeline or change log through an entity. (At run
 * time, the unit of work refuses to flush a hot table: data/hot-tables.ts.)
 */
const SRC = path.resolve(__dirname, '..');
const ALLOWED = ['engine/', 'data/'];

/** The hot tables' names, as the entities' metadata (or the default naming) gives them. */
const ENTITY_METADATA = Object.values(MetadataStorage.getMetadata());
const GUARDED_TABLES = HOT_ENTITIES.map(
  (entity) =>
    ENTITY_METADATA.find((meta) => meta.class === entity)?.tableName ??
    new UnderscoreNamingStrategy().classToTableName(entity.name),
);
const SQL_WRITE = new RegExp(
  String.raw`\b(?:update|insert\s+into|delete\s+from)\s+"?(${GUARDED_TABLES.join('|')})"?(?=[\s(]|$)`,
  'gi',
);
const GUARDED_ENTITIES = new Set(['ServiceRequest', 'RequestCount', 'TimelineEntry', 'ChangeLogEntry']);
/** No hot table is written through the ORM (one dialect per table). */
const HOT_ENTITY_NAMES = new Set(HOT_ENTITIES.map((entity) => entity.name));
const ORM_WRITES = new Set([
  'create',
  'persist',
  'nativeInsert',
  'nativeUpdate',
  'nativeDelete',
  'upsert',
  'upsertMany',
  'insert',
  'insertMany',
  'createQueryBuilder',
  'assign',
]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return ['migrations', 'test-support'].includes(entry.name) ? [] : sources(file);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [file] : [];
  });
}

/** Each forbidden write in `files`, as `file:line what`. */
function violations(program: ts.Program, files: readonly string[]): string[] {
  const checker = program.getTypeChecker();
  const found: string[] = [];
  const guardedType = (node: ts.Node) => {
    const type = checker.getTypeAtLocation(node);
    const names = [type.getSymbol()?.getName(), type.aliasSymbol?.getName()];
    return names.some((name) => name !== undefined && (GUARDED_ENTITIES.has(name) || name === 'RequestView'));
  };
  const isHotClass = (node: ts.Node) => ts.isIdentifier(node) && HOT_ENTITY_NAMES.has(node.text);
  for (const file of files) {
    const relative = path.relative(SRC, file).split(path.sep).join('/');
    if (ALLOWED.some((prefix) => relative.startsWith(prefix))) continue;
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`${relative} is not in the program`);
    const at = (node: ts.Node) => `${relative}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (
        ts.isStringLiteralLike(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node)
      ) {
        for (const match of node.text.matchAll(SQL_WRITE)) {
          found.push(`${at(node)} SQL writes ${match[1]}`);
        }
      }
      if (
        ts.isBinaryExpression(node) &&
        node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
        node.operatorToken.kind <= ts.SyntaxKind.LastAssignment &&
        (ts.isPropertyAccessExpression(node.left) || ts.isElementAccessExpression(node.left)) &&
        guardedType(node.left.expression)
      ) {
        found.push(`${at(node)} assigns ${node.left.getText(source)}`);
      }
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const method = node.expression.name.text;
        const [first] = node.arguments;
        if (ORM_WRITES.has(method) && first && (isHotClass(first) || guardedType(first))) {
          found.push(`${at(node)} ${method}(${first.getText(source)})`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

function programOf(files: readonly string[]): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.resolve(SRC, '../tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('no tsconfig');
  return ts.createProgram(files, { ...config.options, noEmit: true });
}

describe('the hot tables are written by the engine and the data module only', () => {
  it('knows every hot table by name', () => {
    expect(GUARDED_TABLES).toEqual(expect.arrayContaining(['service_request', 'payment', 'refund', 'dispute']));
    expect(GUARDED_TABLES).toHaveLength(HOT_ENTITIES.length);
  });

  it('finds no other write in the server', () => {
    const files = sources(SRC);
    expect(files.length).toBeGreaterThan(50);
    expect(violations(programOf(files), files)).toEqual([]);
  }, 120_000);

  it('would find each kind of forbidden write', () => {
    const file = path.join(SRC, 'payments', '__guard-sample.ts');
    const text = `
      import type { EntityManager } from '@mikro-orm/postgresql';
      import { ServiceRequest } from '../service-requests/service-request.entity';
      import { PaymentLink } from './payment-link.entity';
      import type { RequestView } from '../data/requests';
      export async function sample(em: EntityManager, request: ServiceRequest, view: RequestView) {
        request.status = 'PAID' as never;
        view.needsAttention = true;
        em.create(ServiceRequest, {} as never);
        await em.nativeUpdate(ServiceRequest, { id: request.id }, {});
        em.createQueryBuilder(PaymentLink).insert({});
        await em.execute('update service_request set status = ? where id = ?', []);
        await em.execute(\`insert into "timeline_entry" (kind) values ('x')\`);
        await em.execute('delete from service_request_change');
        await em.execute('update payment set status = ? where id = ?', []);
        await em.execute('update payment_link set active = false');
        await em.execute(\`insert into refund (id) values (?) on conflict (id) do update set status = 'X'\`);
        await em.execute('insert into dispute (id) values (?)', []);
        await em.execute('delete from attention_cause where id = ?', []);
        await em.execute('update webhook_event set status = ?', []);
        await em.execute('select 1 from payment; -- update payments_report set x = 1');
      }`;
    const host = ts.createCompilerHost({});
    const read = host.getSourceFile.bind(host);
    host.getSourceFile = (name, version, onError) =>
      path.resolve(name) === file ? ts.createSourceFile(name, text, version, true) : read(name, version, onError);
    host.fileExists = (
      (exists) => (name: string) =>
        path.resolve(name) === file || exists(name)
    )(host.fileExists);
    const config = programOf([file]).getCompilerOptions();
    const program = ts.createProgram([file], config, host);
    const found = violations(program, [file]);
    expect(found.map((line) => line.replace(/^[^ ]+ /, ''))).toEqual([
      'assigns request.status',
      'assigns view.needsAttention',
      'create(ServiceRequest)',
      'nativeUpdate(ServiceRequest)',
      'createQueryBuilder(PaymentLink)',
      'SQL writes service_request',
      'SQL writes timeline_entry',
      'SQL writes service_request_change',
      'SQL writes payment',
      'SQL writes payment_link',
      'SQL writes refund',
      'SQL writes dispute',
      'SQL writes attention_cause',
      'SQL writes webhook_event',
    ]);
  }, 120_000);
});
