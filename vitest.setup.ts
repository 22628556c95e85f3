// Renderer repositories are tested against a real IndexedDB implementation, in memory.
import 'fake-indexeddb/auto';
