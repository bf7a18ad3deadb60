import type { ComponentType } from 'react';
import { DueFollowUps } from '../touches/DueFollowUps';
import { SurveyReminders } from './SurveyReminders';

/**
 * Other features' lists on the home screen, shown first and at once: they read their own small
 * tables, so they need not wait for the figures drawn from the whole book.
 */
export const homeExtraSections: ComponentType[] = [DueFollowUps, SurveyReminders];
