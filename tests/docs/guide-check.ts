import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, isInputObjectType, isInterfaceType, isObjectType, Kind, parse, validate, type GraphQLSchema } from 'graphql';
import { repoRoot } from '../../api/src/config/config.js';

/**
 * Checks the links and references in the project's markdown (README.md, docs/*.md, docs/guides/*.md) against the
 * repository: relative links and their #anchors, screenshots written by a browser test, dashboard addresses against
 * the router, examples.graphql#Operation, `Type.field` in backticks and ```graphql blocks against the schema.
 */

/** The address `pnpm start` prints; links to it must name a dashboard route. */
export const APP_ORIGIN = 'http://127.0.0.1:3000';
const SCREENSHOT_DIR = path.join(repoRoot, 'docs', 'screenshots');
const EXAMPLES = path.join(repoRoot, 'schema', 'examples.graphql');
/** `App.vue` or `LoginPage.ts` in backticks is a file, not `Type.field`. */
const FILE_EXTENSIONS = new Set(['vue', 'ts', 'js', 'mjs', 'json', 'md', 'graphql', 'sql', 'png', 'csv', 'xlsx', 'pdf', 'docx', 'html', 'css', 'yaml', 'yml']);

export interface Repo {
  schema: GraphQLSchema;
  /** Route paths from dashboard/src/router.ts, the catch-all left out. */
  routes: string[];
  /** Operation names defined in schema/examples.graphql. */
  operations: Set<string>;
  /** The sources of tests/e2e/*.ts, joined: a screenshot's base name must appear in them. */
  e2eSources: string;
}

const read = (file: string) => fs.readFileSync(file, 'utf8');

export function loadRepo(): Repo {
  const router = read(path.join(repoRoot, 'dashboard', 'src', 'router.ts'));
  const constants = new Map([...router.matchAll(/const (\w+) = '([^']*)'/g)].map((m) => [m[1]!, m[2]!]));
  const routes = [...router.matchAll(/\bpath:\s*(?:'([^']*)'|(\w+))/g)]
    .map((m) => m[1] ?? constants.get(m[2]!) ?? '')
    .filter((route) => route.startsWith('/') && !route.includes('('));
  const operations = new Set(
    parse(read(EXAMPLES)).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : [])),
  );
  const e2eDir = path.join(repoRoot, 'tests', 'e2e');
  const e2eSources = fs
    .readdirSync(e2eDir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => read(path.join(e2eDir, f)))
    .join('\n');
  return { schema: buildSchema(read(path.join(repoRoot, 'schema', 'schema.graphql'))), routes, operations, e2eSources };
}

/** The markdown files the checker reads, relative to the repository root. */
export function markdownFiles(): string[] {
  const inDir = (dir: string) =>
    fs.existsSync(path.join(repoRoot, dir))
      ? fs.readdirSync(path.join(repoRoot, dir)).filter((f) => f.endsWith('.md')).map((f) => path.posix.join(dir, f))
      : [];
  return ['README.md', ...inDir('docs'), ...inDir('docs/guides')];
}

/** GitHub's heading anchor: lowercase, punctuation removed (letters such as åäö kept), spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

interface Blocks {
  /** The text with fenced blocks blanked out (same length and lines). */
  unfenced: string;
  /** The same with inline code blanked out too. */
  prose: string;
  fences: { lang: string; body: string; offset: number }[];
  codeSpans: { text: string; offset: number }[];
}

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

function splitCode(text: string): Blocks {
  const fences: Blocks['fences'] = [];
  const unfenced = text.replace(/^( {0,3})(`{3,}|~{3,})([^\n]*)\n([\s\S]*?)(?:^ {0,3}\2[`~]*[ \t]*$|(?![\s\S]))/gm, (all, _indent, _fence, info: string, body: string, offset: number) => {
    fences.push({ lang: info.trim().split(/\s+/)[0]?.toLowerCase() ?? '', body, offset });
    return blank(all);
  });
  const codeSpans: Blocks['codeSpans'] = [];
  const prose = unfenced.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (all, _ticks, body: string, offset: number) => {
    codeSpans.push({ text: body.trim(), offset });
    return blank(all);
  });
  return { unfenced, prose, fences, codeSpans };
}

/** The anchors a markdown file offers: its headings' slugs, with GitHub's -1, -2 … for repeats. */
export function headingSlugs(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const slugs = new Set<string>();
  for (const m of splitCode(markdown).unfenced.matchAll(/^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/gm)) {
    const base = slug(m[1]!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    slugs.add(n === 0 ? base : `${base}-${n}`);
  }
  return slugs;
}

const routeMatches = (route: string, urlPath: string) => {
  const want = route.split('/').filter(Boolean);
  const got = urlPath.split('/').filter(Boolean);
  return want.length === got.length && want.every((segment, i) => segment.startsWith(':') || segment === got[i]);
};

/**
 * Every broken reference in one markdown file, as "file:line: what". `file` is the path relative to the repository
 * root (it decides where relative links point); `text` is the file's content.
 */
export function checkMarkdown(file: string, text: string, repo: Repo): string[] {
  const problems: string[] = [];
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  const report = (offset: number, message: string) => problems.push(`${file}:${lineOf(offset)}: ${message}`);
  const { prose, fences, codeSpans } = splitCode(text);
  const dir = path.dirname(path.join(repoRoot, file));

  const links = [
    ...[...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => ({ target: m[1]!, offset: m.index })),
    ...[...prose.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => ({ target: m[1]!, offset: m.index })),
  ];
  for (const { target, offset } of links) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // another scheme: the dashboard's addresses are checked below
    const hashAt = target.indexOf('#');
    const filePart = decodeURIComponent(hashAt < 0 ? target : target.slice(0, hashAt)).replace(/\?.*$/, '');
    const anchor = hashAt < 0 ? undefined : decodeURIComponent(target.slice(hashAt + 1));
    const resolved = filePart === '' ? path.join(repoRoot, file) : filePart.startsWith('/') ? path.join(repoRoot, filePart) : path.resolve(dir, filePart);
    if (filePart !== '' && !fs.existsSync(resolved)) {
      report(offset, `link to a missing file: ${target}`);
      continue;
    }
    if (path.dirname(resolved) === SCREENSHOT_DIR && resolved.endsWith('.png') && !repo.e2eSources.includes(path.basename(resolved, '.png'))) {
      report(offset, `screenshot not written by any test under tests/e2e: ${target}`);
    }
    if (anchor === undefined) continue;
    if (resolved === EXAMPLES) {
      if (!repo.operations.has(anchor)) report(offset, `no operation "${anchor}" in schema/examples.graphql: ${target}`);
    } else if (resolved.endsWith('.md')) {
      const markdown = filePart === '' ? text : read(resolved);
      if (!headingSlugs(markdown).has(anchor)) report(offset, `no heading with the anchor #${anchor}: ${target}`);
    }
  }

  for (const m of prose.matchAll(new RegExp(`${APP_ORIGIN.replace(/[.]/g, '\\.')}[^\\s)>\\]"'\`]*`, 'g'))) {
    const address = m[0].replace(/[.,;:!?]+$/, ''); // a sentence's full stop is not part of a bare address
    const urlPath = decodeURIComponent(address.slice(APP_ORIGIN.length).replace(/[?#].*$/, '') || '/');
    if (!repo.routes.some((route) => routeMatches(route, urlPath))) report(m.index, `no dashboard route for ${address}`);
  }

  for (const { text: code, offset } of codeSpans) {
    const ref = /^([A-Z]\w*[a-z]\w*)\.([a-z_]\w*)$/.exec(code);
    if (!ref || FILE_EXTENSIONS.has(ref[2]!)) continue;
    const type = repo.schema.getType(ref[1]!);
    const fields = type && (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) ? type.getFields() : undefined;
    if (!fields) report(offset, `no type ${ref[1]} in schema/schema.graphql: \`${code}\``);
    else if (!Object.hasOwn(fields, ref[2]!)) report(offset, `no field ${code} in schema/schema.graphql`);
  }

  for (const fence of fences.filter((f) => f.lang === 'graphql')) {
    try {
      const errors = validate(repo.schema, parse(fence.body));
      for (const error of errors) report(fence.offset, `graphql block does not validate: ${error.message}`);
    } catch (error) {
      report(fence.offset, `graphql block does not parse: ${(error as Error).message}`);
    }
  }
  return problems;
}
