import { describe, expect, it } from 'vitest';

// The renderer's and shared sources as text, keyed by path relative to this folder.
const sources: Record<string, string> = {
  ...import.meta.glob<string>(['./**/*.{ts,tsx}', '!./**/*.test.ts'], { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob<string>(['../../shared/**/*.ts', '!../../shared/**/*.test.ts'], { query: '?raw', import: 'default', eager: true }),
};

/** Value imports and re-exports of a module (type-only ones are erased; dynamic `import()` is not followed). */
function importsOf(source: string): string[] {
  const pattern = /^\s*(?:(?:import|export)\s+(?!type\s)[^;]*?\s+from\s+['"]([^'"]+)['"]|import\s+['"]([^'"]+)['"])/gm;
  return [...source.matchAll(pattern)].map(([, from, bare]) => (from ?? bare)!);
}

function joinPath(directory: string, specifier: string): string {
  const parts = directory.split('/');
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

function resolveModule(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@shared/')
    ? `../../shared/${specifier.slice('@shared/'.length)}`
    : joinPath(from.slice(0, from.lastIndexOf('/')), specifier);
  return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base].find((path) => path in sources);
}

/** Every module and package a file loads before it runs, following static imports only. */
function staticGraph(entries: string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of importsOf(sources[file]!)) {
      if (/\.(css|json)$/.test(specifier)) continue;
      if (specifier.startsWith('.') || specifier.startsWith('@shared/')) {
        const resolved = resolveModule(file, specifier);
        if (!resolved) throw new Error(`${file}: cannot resolve ${specifier}`);
        visit(resolved);
      } else packages.add(specifier);
    }
  };
  entries.forEach(visit);
  return { files, packages };
}

describe('the first screen', () => {
  // The entry point and the interface it preloads (see electron.vite.config.ts: preloadInterface).
  const firstScreen = staticGraph(['./main.ts', './startJournal.tsx']);

  it('loads no phone-number library: its metadata waits for the first write or editor', () => {
    expect([...firstScreen.packages].filter((name) => name.startsWith('libphonenumber-js'))).toEqual([]);
    expect(firstScreen.files).not.toContain('../../shared/domain/phoneAccount.ts');
  });

  it('is read by a walker that does see the library where it is imported', () => {
    expect(firstScreen.packages).toContain('react');
    expect(firstScreen.files).toContain('../../shared/domain/searchWords.ts');
    expect(staticGraph(['../../shared/domain/phoneAccount.ts']).packages).toContain('libphonenumber-js/max');
  });
});
