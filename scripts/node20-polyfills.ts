// Vitest 5 and WXT 0.21 declare Node >= 22 but run on Node 20 except for a few ES2024
// built-ins that their reporters call. Filled in here (only when missing) so a failing test
// is reported instead of crashing the reporter.
const maps = Map as unknown as { groupBy?: unknown };
if (typeof maps.groupBy !== 'function') {
  maps.groupBy = <K, V>(items: Iterable<V>, keyOf: (item: V, index: number) => K) => {
    const groups = new Map<K, V[]>();
    let index = 0;
    for (const item of items) {
      const key = keyOf(item, index++);
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
    return groups;
  };
}
const objects = Object as unknown as { groupBy?: unknown };
if (typeof objects.groupBy !== 'function') {
  objects.groupBy = <V>(items: Iterable<V>, keyOf: (item: V, index: number) => PropertyKey) => {
    const groups: Record<PropertyKey, V[]> = Object.create(null);
    let index = 0;
    for (const item of items) {
      const key = keyOf(item, index++);
      const group = groups[key] ?? [];
      group.push(item);
      groups[key] = group;
    }
    return groups;
  };
}

export {};
