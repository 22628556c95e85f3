import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { IpcChannel } from '@shared/ipc/channels';
import { ipcContract, MAX_CALENDAR_FILE_BYTES } from '@shared/ipc/contract';

const dialogs = vi.hoisted(() => ({ save: null as string | null, options: [] as unknown[] }));
vi.mock('electron', () => ({
  app: { getPath: () => '/home/user/Documents' },
  BrowserWindow: { fromWebContents: () => null },
  dialog: {
    showSaveDialog: async (options: unknown) => {
      dialogs.options.push(options);
      return dialogs.save ? { canceled: false, filePath: dialogs.save } : { canceled: true, filePath: '' };
    },
  },
}));

const { calendarFileHandlers } = await import('./calendarFileHandlers');
const save = calendarFileHandlers()[IpcChannel.saveCalendarFile];
const sender = { printToPDF: vi.fn() };

describe('saving a calendar file', () => {
  it('asks where, offering an .ics name in Documents, and writes the bytes there', async () => {
    const contents = new TextEncoder().encode('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    expect(await save({ suggestedName: 'Axis 2026-11-26.ics', contents }, sender)).toEqual({ status: 'canceled' });
    dialogs.save = join(await mkdtemp(join(tmpdir(), 'cj-calendar-')), 'deadlines.ics');
    expect(await save({ suggestedName: 'Axis 2026-11-26.ics', contents }, sender)).toEqual({ status: 'saved', path: dialogs.save });
    expect(await readFile(dialogs.save, 'utf8')).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    expect(dialogs.options[0]).toEqual({ defaultPath: '/home/user/Documents/Axis 2026-11-26.ics', filters: [{ name: 'iCalendar', extensions: ['ics'] }] });
  });

  it('accepts only a plain name and bytes within the limit from the renderer', () => {
    const request = ipcContract[IpcChannel.saveCalendarFile].request;
    expect(request.safeParse({ suggestedName: '../calendar.ics', contents: new Uint8Array(1) }).success).toBe(false);
    expect(request.safeParse({ suggestedName: 'a.ics', contents: 'BEGIN:VCALENDAR' }).success).toBe(false);
    expect(request.safeParse({ suggestedName: 'a.ics', contents: { byteLength: MAX_CALENDAR_FILE_BYTES + 1 } }).success).toBe(false);
    expect(request.safeParse({ suggestedName: 'a.ics', contents: new Uint8Array(1) }).success).toBe(true);
  });
});
