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
 * Where the window opens: the saved bounds when at least a usable part of them is on a display
 * that still exists (a monitor may have been unplugged since), otherwise centred defaults.
 */
export function initialBounds(saved: WindowState | null, displays: readonly Area[]): Partial<Area> {
  if (!saved) return { ...defaultWindowSize };
  const visible = displays.some((display) => {
    const overlapWidth = Math.min(saved.x + saved.width, display.x + display.width) - Math.max(saved.x, display.x);
    const overlapHeight = Math.min(saved.y + saved.height, display.y + display.height) - Math.max(saved.y, display.y);
    return overlapWidth >= 100 && overlapHeight >= 50;
  });
  return visible
    ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height }
    : { width: saved.width, height: saved.height };
}
