export * from './editQuestions';
export * from './model';
export * from './readySurvey';
export * from './scores';
export * from './sendingStatus';
export * from './sendings';
export * from './surveyText';
