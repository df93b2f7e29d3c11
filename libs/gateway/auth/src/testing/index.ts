// Test helpers, apart from the library's main entry so that no app bundles them (or @orbita/testing).
export * from './test-gateway';
