type Tree = { readonly [key: string]: string | Tree };

/**
 * The text of `en.d.json.ts`: en.json's type with every text as its literal, so that TypeScript
 * (which widens a JSON import's strings to `string`) sees the `{{values}}` each text fills in.
 */
export function localeDeclaration(tree: Tree): string {
  const body = (node: Tree, indent: string): string =>
    Object.entries(node)
      .map(([key, value]) => {
        const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
        const type = typeof value === 'string' ? JSON.stringify(value) : `{\n${body(value, `${indent}  `)}${indent}}`;
        return `${indent}readonly ${name}: ${type};\n`;
      })
      .join('');
  return [
    '// Generated from en.json by `npm run locale-types` (scripts/localeTypes.test.ts checks it is current).',
    '// TypeScript reads this instead of en.json, so every text keeps its literal type for typed `t()` calls.',
    `declare const en: {\n${body(tree, '  ')}};`,
    'export default en;',
    '',
  ].join('\n');
}
