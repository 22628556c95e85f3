/**
 * What the app uses of the Overview. The view itself is loaded lazily by the App (import of
 * `./OverviewView`), never with the first screen; its props say where "Needs attention" goes.
 */
export type { OverviewViewProps } from './OverviewView';
