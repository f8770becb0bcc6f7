import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    {
      // Packages resolved as users get them. Without this, vitest adds the "development" export
      // condition (to the test files and to every worker thread the command line starts from them),
      // which loads micromark's development builds, full of assertions, and slows the pipeline down.
      name: 'resolve-as-users-do',
      enforce: 'post',
      config(config) {
        const ssr = (config.environments ??= {}).ssr ?? (config.environments.ssr = {});
        ssr.resolve = { ...ssr.resolve, conditions: ['node'] };
      },
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    // Scratch folders of the whole run live in one temporary folder, removed at the end.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Child processes rather than threads: the command-line tests call main() in process, and main()
    // changes the working folder, which only a process may do.
    pool: 'forks',
    // One test file per core at a time (vitest's default leaves one core free, i.e. one file at a time
    // on a 2-core machine).
    maxWorkers: '100%',
    // Test files share their process, and so the modules they load: the pipeline's language models load
    // once per process rather than once per file, and runFile's documents (test/helpers.ts) are shared.
    // No test mocks a module or changes a global that another file reads.
    isolate: false,
  },
});
