import type { ClienteleBridge } from '@shared/bridge/contract';
import { createBrowserBridge } from './browserBridge';

/** Decided once at start-up: the desktop app's preload bridge, or the browser's own. */
export const bridge: ClienteleBridge = window.clientele ?? createBrowserBridge();
