import type { Rect, Virtualizer } from '@tanstack/react-virtual';

/**
 * Tells the list's virtualizer the list's size, as the default does, but only through a
 * ResizeObserver. The default also measures at once while React commits the first render: that
 * forces a layout and, the list being shorter than the window it was first sized to, a second
 * render, both before the first rows can be painted. The observer reports right after the
 * browser's own layout, and the list settles to its measured height after that frame.
 */
export function observeListSize(instance: Virtualizer<HTMLDivElement, Element>, tell: (rect: Rect) => void): (() => void) | undefined {
  const element = instance.scrollElement;
  if (!element) return undefined;
  const observer = new ResizeObserver(() => tell({ width: element.clientWidth, height: element.clientHeight }));
  observer.observe(element);
  return () => observer.disconnect();
}
