// The PDF and Word makers the tests share with the benchmark.
export * from '../src/bench/make-documents.js';
