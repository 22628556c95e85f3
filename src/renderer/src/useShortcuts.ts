import { useEffect, useRef } from 'react';

interface Shortcuts {
  newCase: () => void;
  search: () => void;
}

/** Ctrl/⌘+N for a new case; Ctrl/⌘+F, Ctrl/⌘+K or "/" (outside a text field) for search. */
export function useShortcuts(shortcuts: Shortcuts): void {
  const latest = useRef(shortcuts);
  latest.current = shortcuts;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const modifier = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const target = event.target as HTMLElement | null;
      const typing = !!target && (target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName));
      if (modifier && !event.altKey && key === 'n') {
        event.preventDefault();
        latest.current.newCase();
      } else if ((modifier && (key === 'f' || key === 'k')) || (!typing && !modifier && event.key === '/')) {
        event.preventDefault();
        latest.current.search();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
