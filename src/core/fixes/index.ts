/** Form-only fixes: which findings may be fixed, grouped by kind, planned as cell edits, verified, applied. */
export * from './verify';
export * from './plan';
export * from './state';
export * from './apply';
