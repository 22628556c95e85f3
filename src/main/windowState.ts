import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

export const WindowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const defaultWindowSize = { width: 1280, height: 820 } as const;

/** Reads the saved window state; a missing, corrupt or tampered file just means "no saved state". */
export async function loadWindowState(file: string): Promise<WindowState | null> {
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  await writeFile(temporary, JSON.stringify(state), 'utf8');
  await rename(temporary, file);
}

/**
 * The same, synchronously: for the window's `close` event, after which the window is destroyed
 * and a later (debounced or awaited) save could no longer read where it was.
 */
export function saveWindowStateSync(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify(state), 'utf8');
  renameSync(temporary, file);
}

/** What is remembered of a window: its normal (not maximised) bounds, and whether it is maximised. */
export function windowStateOf(window: {
  getNormalBounds(): Area;
  isMaximized(): boolean;
}): WindowState {
  const bounds = window.getNormalBounds();
  return {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.max(400, Math.round(bounds.width)),
    height: Math.max(300, Math.round(bounds.height)),
    maximized: window.isMaximized(),
  };
}

function overlap(a: Area, b: Area): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width >= 100 && height >= 50 ? width * height : 0;
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, Math.max(low, high)));

/**
 * Where the window opens, never larger than the work area it opens in (a 1366×768 laptop's is
 * about 1366×728, smaller than the default): the saved bounds when a usable part of them is still
 * on a display (a monitor may have been unplugged since), moved fully onto that display; otherwise
 * the saved or default size, centred by Electron on the primary display.
 */
export function initialBounds(saved: WindowState | null, displays: readonly Area[], primary: Area | undefined = displays[0]): Partial<Area> {
  const best = saved
    ? displays.map((display) => ({ display, shared: overlap(saved, display) })).sort((a, b) => b.shared - a.shared)[0]
    : undefined;
  if (saved && best && best.shared > 0) {
    const area = best.display;
    const width = Math.min(saved.width, area.width);
    const height = Math.min(saved.height, area.height);
    return {
      x: clamp(saved.x, area.x, area.x + area.width - width),
      y: clamp(saved.y, area.y, area.y + area.height - height),
      width,
      height,
    };
  }
  const size = saved ?? defaultWindowSize;
  return primary
    ? { width: Math.min(size.width, primary.width), height: Math.min(size.height, primary.height) }
    : { width: size.width, height: size.height };
}
