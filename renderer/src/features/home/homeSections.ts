import type { ComponentType } from 'react';

/**
 * Further "who to contact" sections of the home screen, shown after the built-in ones. This is
 * where the relationship log's "follow-ups due" and the surveys' "awaiting answers" are added
 * when those features are merged in: each appends its section component here.
 */
export const homeExtraSections: ComponentType[] = [];
