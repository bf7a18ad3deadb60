/// <reference types="vite/client" />

/**
 * The electron-vite dev server's URL while developing (`npm run dev`), else undefined. Decided
 * when the bundle is built: a production build's mode is not 'development', the bundler drops
 * the lookup, and no environment variable can make another site one of the app's own pages.
 */
export const devServerUrl: string | undefined =
  import.meta.env.MODE === 'development' ? process.env.ELECTRON_RENDERER_URL : undefined;
