export { adviceFor, headlineRoi, rankByRoi, revenueBeforeAfter } from './adjusting';
export * from './book';
export { businessInRange, repeatShare, share } from './customers';
export { dueToBuy, dueToBuyRuleText } from './dueToBuy';
export { changeFrom, headlineFigures, sameDayLastYear } from './headline';
export { lapsedClients } from './lapsed';
export {
  type ActivityAssessment,
  assessActivities,
  assessChannels,
  type ChannelAssessment,
  marketingOriginatedByYear,
  type OriginatedYear,
} from './marketing';
export { formatRoi, marketingRoi } from './marketingRoi';
export { nextServiceAfter, seasonality, servicesByYear } from './services';
export * from './thisWeek';
export { repeatedFreeTextSources, traceChoices, untracedClientIds } from './tracing';
