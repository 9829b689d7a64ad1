/**
 * The shape the API keeps, read from its import graph (TypeScript's own pre-processor finds every import, export …
 * from and dynamic import; nothing is guessed from text). Each rule names what it protects; a failure lists the
 * offending edges as `importer -> imported`.
 *
 * Layers: config and model at the bottom; db (the database, the request's life) knows no GraphQL and no domain;
 * graphql (context type, errors, limits, scalars, the fast path) knows no domain; modules/<domain> own their
 * entities, resolvers, loaders and services and register them in <domain>.module.ts; app.ts, schema.ts, seed/ and
 * scripts/ assemble. Test files may reach further (a test of the GraphQL layer builds the real schema), so they are
 * left out; test-support files are not.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const src = path.dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

const relative = (file: string) => path.relative(src, file).split(path.sep).join('/');

interface Edge {
  from: string;
  /** A file under api/src (relative), or the bare specifier of a package. */
  to: string;
  internal: boolean;
}

/** Every import of every source file: relative ones resolved to files under api/src, the rest as packages. */
function importGraph(): Edge[] {
  return sourceFiles(src).flatMap((file) => {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    return importedFiles.map(({ fileName }) => {
      if (!fileName.startsWith('.')) return { from: relative(file), to: fileName, internal: false };
      const target = path.resolve(path.dirname(file), fileName).replace(/\.js$/, '.ts');
      return { from: relative(file), to: relative(target), internal: true };
    });
  });
}

/** The folder a file belongs to for the layer rules: `modules/<domain>`, a top-level folder, or `.` for root files. */
function folderOf(file: string): string {
  const parts = file.split('/');
  // modules/index.ts (the registry) and modules/module.ts (its type) are nodes of their own.
  if (parts[0] === 'modules') return `modules/${parts[1]!.replace(/\.ts$/, '')}`;
  return parts.length > 1 ? parts[0]! : '.';
}

const edges = importGraph();
const internal = edges.filter((edge) => edge.internal);
const show = (list: Edge[]) => list.map((edge) => `${edge.from} -> ${edge.to}`);
/** A domain module's folder (not the registry or its type). */
const isDomain = (folder: string) => folder.startsWith('modules/') && folder !== 'modules/index' && folder !== 'modules/module';
const under = (file: string, folder: string) => file === folder || file.startsWith(`${folder}/`);

/** Packages that do I/O or hold state outside the function call: the pure model imports none of them. */
const IO_PACKAGES = /^(node:|fs$|net$|http|https$|child_process$|worker_threads$|pg$|@mikro-orm\/|fastify|@apollo\/|graphql|type-graphql|dataloader$|exceljs$|pdfkit$|docx$)/;

describe('the import graph', () => {
  it('finds the code it checks', () => {
    expect(internal.length).toBeGreaterThan(300);
    expect(new Set(internal.map((edge) => folderOf(edge.from)))).toContain('modules/auth');
  });

  it('graphql/ knows no domain: it imports no module, seed or assembly', () => {
    const bad = internal.filter((e) => under(e.from, 'graphql') && (under(e.to, 'modules') || under(e.to, 'seed') || folderOf(e.to) === '.'));
    expect(show(bad)).toEqual([]);
  });

  it('db/ knows no GraphQL and no domain', () => {
    const bad = internal.filter((e) => under(e.from, 'db') && (under(e.to, 'graphql') || under(e.to, 'modules') || under(e.to, 'seed') || folderOf(e.to) === '.'));
    expect(show(bad)).toEqual([]);
  });

  it('model/ is pure: it imports only model/ and no package that does I/O', () => {
    const bad = edges.filter((e) => under(e.from, 'model') && (e.internal ? !under(e.to, 'model') : IO_PACKAGES.test(e.to)));
    expect(show(bad)).toEqual([]);
  });

  it('only db/ (and the seeds) talk to node-postgres or knex directly: request code goes through the ORM', () => {
    const bad = edges.filter((e) => !e.internal && /^(pg|knex)$/.test(e.to) && !under(e.from, 'db') && !under(e.from, 'seed'));
    expect(show(bad)).toEqual([]);
  });

  it('a module uses another module only through what it offers: never its resolvers, loaders, routes, module definition or seeds', () => {
    const privateFile = /\.(resolver|loaders|module|routes?|seed)\.ts$/;
    const bad = internal.filter((e) => {
      const from = folderOf(e.from);
      const to = folderOf(e.to);
      return isDomain(from) && isDomain(to) && from !== to && privateFile.test(e.to);
    });
    expect(show(bad)).toEqual([]);
  });

  it('has no cycle between folders (modules/<domain> counted one by one)', () => {
    const graph = new Map<string, Set<string>>();
    for (const e of internal) {
      const from = folderOf(e.from);
      const to = folderOf(e.to);
      if (from === to) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
    expect(cyclesOf(graph)).toEqual([]);
  });
});

/** The strongly connected components of more than one folder (Tarjan), each sorted, as `a <-> b <-> c`. */
function cyclesOf(graph: Map<string, Set<string>>): string[] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[] = [];
  const visit = (node: string) => {
    indices.set(node, index);
    low.set(node, index);
    index++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, indices.get(next)!));
      }
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) components.push(component.sort().join(' <-> '));
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) visit(node);
  return components.sort();
}
