import { version } from '../../../../package.json';

/** This build's version, written into every backup's manifest. */
export const appVersion: string = version;
