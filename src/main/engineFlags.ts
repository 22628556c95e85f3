import { rendererJsFlags } from '@shared/rendererEngineFlags';

/** What setting V8's flags needs of Electron's app (before `ready`). */
export interface AppWithCommandLine {
  commandLine: { appendSwitch(name: string, value?: string): void };
}

/** Starts V8 with the app's flags (see rendererEngineFlags); must run before the app is ready. */
export function applyEngineFlags(app: AppWithCommandLine): void {
  app.commandLine.appendSwitch('js-flags', rendererJsFlags);
}
