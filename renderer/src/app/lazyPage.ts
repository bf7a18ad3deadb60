import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

/**
 * A screen loaded on first visit, so starting the app parses only the client list's code;
 * charts, label sheets and address templates arrive when their screens are opened.
 */
export function lazyPage<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] }));
}
