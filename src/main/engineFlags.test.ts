import { describe, expect, it } from 'vitest';
import { rendererJsFlags } from '@shared/rendererEngineFlags';
import { applyEngineFlags } from './engineFlags';

describe('the engine flags the app starts with', () => {
  it('gives V8 a young generation large enough for the list’s short-lived rows, as the benchmark measured', () => {
    const switches: [string, string | undefined][] = [];
    applyEngineFlags({ commandLine: { appendSwitch: (name, value) => void switches.push([name, value]) } });
    expect(switches).toEqual([['js-flags', rendererJsFlags]]);
    expect(rendererJsFlags).toMatch(/^--max-semi-space-size=\d+$/);
  });
});
