import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { applyDataFolderOverride, DATA_FOLDER_VARIABLE } from './dataFolder';

describe('applyDataFolderOverride', () => {
  it('moves the data folder in an unpackaged build, creating a folder that does not exist yet', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'cj-data-')), 'not', 'there', 'yet');
    const app = { isPackaged: false, setPath: vi.fn() };
    expect(applyDataFolderOverride(app, { [DATA_FOLDER_VARIABLE]: folder })).toBe(folder);
    expect(statSync(folder).isDirectory()).toBe(true);
    expect(app.setPath).toHaveBeenCalledWith('userData', folder);
  });

  it('is ignored by an installed (packaged) app', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'cj-data-')), 'elsewhere');
    const app = { isPackaged: true, setPath: vi.fn() };
    expect(applyDataFolderOverride(app, { [DATA_FOLDER_VARIABLE]: folder })).toBeNull();
    expect(app.setPath).not.toHaveBeenCalled();
    expect(existsSync(folder)).toBe(false);
  });

  it('changes nothing when the variable is unset or empty', () => {
    const app = { isPackaged: false, setPath: vi.fn() };
    expect(applyDataFolderOverride(app, {})).toBeNull();
    expect(applyDataFolderOverride(app, { [DATA_FOLDER_VARIABLE]: '' })).toBeNull();
    expect(app.setPath).not.toHaveBeenCalled();
  });
});
