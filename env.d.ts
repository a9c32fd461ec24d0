// Build-time flags that wxt.config.ts defines on top of WXT's own (.wxt/types/globals.d.ts).
interface ImportMetaEnv {
  /**
   * `true` only in the test build (scripts/extension-build.mjs), `false` in the store build;
   * in vitest's dom tier the string "true" (vitest.config.ts), unset in the unit tier.
   */
  readonly EVENTUALLY_TEST_HOOKS?: boolean | string;
}
