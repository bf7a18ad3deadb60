import type { Plugin } from 'vite';
import { contentSecurityPolicy } from '../shared/security/contentSecurityPolicy';

/**
 * Adds the Content-Security-Policy meta tag to the built index.html. Only at build time: the
 * dev server injects inline scripts for hot reload that a strict policy would block.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'clientele-content-security-policy',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
