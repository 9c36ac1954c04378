// Fleet identifiers in code: recognition in a line of text, and look-ups against the signed-in fleet. No vscode.
export { ID_FIELDS, fieldOfKey, hasIdShape, isNumericField, type IdField } from './fields';
export { candidateAt, findCandidates, type IdCandidate, type RecogniseOptions } from './recognise';
export { compilePatterns, type CompiledPatterns, type IdPattern, type PatternSetting } from './patterns';
export { termsOf, type FleetRecord } from './lookupPlan';
export { FleetIdResolver, recordId, type IdLookup, type LookupResult, type ResolverOptions, type ResolverStats } from './resolver';
