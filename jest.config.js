/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        // isolatedModules makes ts-jest transpile file by file; type checking is done once by `npm run typecheck`.
        tsconfig: {
          module: "commonjs",
          target: "ES2020",
          jsx: "react-jsx",
          esModuleInterop: true,
          resolveJsonModule: true,
          isolatedModules: true,
        },
      },
    ],
  },
  moduleNameMapper: {
    // office-addin-mock -> office-addin-manifest pulls ESM-only packages that jest on Node 20 cannot require.
    "^office-addin-manifest$": "<rootDir>/test/shims/office-addin-manifest.cjs",
    "\\.(css)$": "<rootDir>/test/shims/style.cjs",
  },
  reporters: ["default", "<rootDir>/test/support/count-reporter.cjs"],
  setupFilesAfterEnv: ["<rootDir>/test/support/testing-library.cjs"],
  testTimeout: 30000,
};
