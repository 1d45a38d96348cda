export {
  validateManifest,
  formatProblems,
  MANIFEST_VALIDATION_TIMEOUT_MS,
  type ManifestProblem,
  type ManifestValidation,
} from './validate-manifest';
export { readManifest, readManifestScopes, REPOSITORY_MANIFEST, type ManifestDocument } from './read-manifest';
export { stageManifestCopy } from './stage-manifest-copy';
