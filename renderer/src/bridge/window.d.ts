import type { ClienteleBridge } from '@shared/bridge/contract';

declare global {
  interface Window {
    /** Exposed by electron/preload in the desktop app; absent in a plain browser. */
    clientele?: ClienteleBridge;
  }
}
