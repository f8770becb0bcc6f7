#!/usr/bin/env node
// policy-extract's command line. A command starts from the startup snapshot when the build made one for
// this Node.js (see snapshot-launch.ts: the libraries and language models already loaded, which saves
// most of the start-up time); otherwise, or with POLICY_EXTRACT_SNAPSHOT=0, it loads the modules here.
import { launchSnapshot } from './snapshot-launch.js';

const argv = process.argv.slice(2);
if (!(await launchSnapshot(argv))) {
  const { runProcess } = await import('./cli-process.js');
  runProcess(argv);
}
