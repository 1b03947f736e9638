/** What the morning briefing reads from the intelligence pipelines. */
export { overduePredictionCount } from './cassandra/list-predictions';
export { latestDigestFact } from './sentinel/latest-digest';
