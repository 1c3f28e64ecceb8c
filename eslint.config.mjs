// Project lint configuration for `npm run lint` (office-addin-lint picks up this file).
// It extends the Office add-in rules and tells ESLint about the Office.js globals.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

// The TypeScript plugin instance the office-addins config already registers (a second copy cannot be registered).
const tsPlugin = officeAddins.configs.recommended.find((c) => c.plugins?.["@typescript-eslint"]).plugins["@typescript-eslint"];

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**", "examples/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.mjs"],
    languageOptions: { ecmaVersion: "latest", sourceType: "module" },
  },
  {
    // Every TypeScript file, .tsx included, goes through the TypeScript parser.
    files: ["**/*.{ts,tsx,mts,cts}"],
    plugins: { "@typescript-eslint": tsPlugin },
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: { "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }] },
  },
  {
    languageOptions: {
      globals: {
        ...globals.browser,
        ...globals.node,
        ...globals.jest,
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
        OfficeRuntime: "readonly",
      },
    },
    rules: {
      // TypeScript checks undefined names itself (npm run typecheck), including type-only globals.
      "no-undef": "off",
      "react/react-in-jsx-scope": "off",
      // The TypeScript-aware rule replaces the base one (which misreads type-only names and overloads).
      "no-unused-vars": "off",
      "no-redeclare": "off",
    },
  },
  {
    // Tests and the in-memory Excel fake read properties the fake has set directly; the Office.js
    // load/sync rules are about the real host and misfire there.
    // In src/excel every sync goes through the counting wrapper in io.ts, which the rules do not recognise;
    // the fake Excel used by its tests throws on any property read before load and sync, which checks more.
    files: ["test/**", "src/cli/**", "scripts/**", "src/excel/**"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/call-sync-after-load": "off",
      "office-addins/load-object-before-read": "off",
    },
  },
];
