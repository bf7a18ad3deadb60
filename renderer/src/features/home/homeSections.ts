import type { ComponentType } from 'react';
import { DueFollowUps } from '../touches/DueFollowUps';

/** Further "who to contact" sections of the home screen, shown after the built-in ones. */
export const homeExtraSections: ComponentType[] = [DueFollowUps];
