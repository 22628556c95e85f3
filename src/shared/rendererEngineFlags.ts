/**
 * V8 flags the desktop app starts with (main passes them to every process; the benchmark's
 * Chromium gets the same, as it stands in for the app's window). The window keeps a large,
 * long-lived word index (some 85 MB at 100,000 cases) while scrolling makes a steady stream of
 * short-lived objects (rows read, drawn and dropped). With V8's default young generation many of
 * those outlive two scavenges, are promoted and grow the old generation until a major collection
 * of the whole heap (50–65 ms each, the only long tasks left while scrolling, seen in traces). A
 * larger young generation lets them die young. Measured: see the README's Performance section.
 */
export const rendererJsFlags = '--max-semi-space-size=32';
