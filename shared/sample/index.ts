export { sampleTags } from './clientDetails';
export {
  generateSampleData,
  type SampleClient,
  type SampleData,
  type SampleDataOptions,
} from './generateSampleData';
