/** Form-only fixes: which findings may be fixed, grouped by kind, planned as cell edits, verified. */
export * from './verify';
export * from './plan';
export * from './state';
