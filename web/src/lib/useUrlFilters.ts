import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A list's filters kept in the URL (`?q=…&status=…`), so a filtered view survives a reload and can
 * be shared; a change replaces the history entry instead of adding one per keystroke. A null or
 * empty value removes the filter.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const setFilter = useCallback(
    (key: string, value: string | null) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [params, setFilter] as const;
}
