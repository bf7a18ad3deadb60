import { type BridgeMethod, bridgeChannels, type ClienteleBridge } from '@shared/bridge/contract';
import type { IpcMain, WebContents } from 'electron';
import { untrustedSenderProblem } from './trustedSender';

/**
 * One handler per bridge method. Each receives the payload as `unknown`: it comes from a renderer
 * and is validated by the handler before anything touches the file system.
 */
export type BridgeHandlers = {
  [Method in BridgeMethod]: (payload: unknown, sender: WebContents) => ReturnType<ClienteleBridge[Method]>;
};

/** The one place where the main process answers the renderer. */
export function registerBridgeHandlers(
  ipc: Pick<IpcMain, 'handle'>,
  handlers: BridgeHandlers,
  isAppPage: (url: string) => boolean,
): void {
  for (const method of Object.keys(bridgeChannels) as BridgeMethod[]) {
    ipc.handle(bridgeChannels[method], (event, payload: unknown) => {
      const problem = untrustedSenderProblem(event.senderFrame, isAppPage);
      if (problem !== '') throw new Error(problem);
      return handlers[method](payload, event.sender);
    });
  }
}
