// `npm run icons`: renders build/icon.svg into the PNGs electron-builder packs — build/icon.png
// (1024 px, from which it makes the macOS .icns and the Windows .ico) and build/icons/<n>x<n>.png
// for Linux desktops. The PNGs are committed; run this again after changing the SVG.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const svg = readFileSync(join(root, 'build', 'icon.svg'), 'utf8');
export const iconSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

function render(size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
}

mkdirSync(join(root, 'build', 'icons'), { recursive: true });
writeFileSync(join(root, 'build', 'icon.png'), render(1024));
for (const size of iconSizes) writeFileSync(join(root, 'build', 'icons', `${size}x${size}.png`), render(size));
console.log(`build/icon.png and build/icons/{${iconSizes.join(',')}} written`);
