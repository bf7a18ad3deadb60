export { sampleTags } from './clientDetails';
export { generateSampleData } from './generateSampleData';
