// Messages of the integration-test runner go to stderr; stdout carries only the test report.
'use strict';

const verbose = process.env.HARNESS_VERBOSE === '1' || process.env.HARNESS_VERBOSE === 'true';

function log(message) {
  process.stderr.write(`[integration] ${message}\n`);
}

function debug(message) {
  if (verbose) log(message);
}

/** A failure of the test machinery (not of a test), reported as a plain message without a stack. */
class HarnessError extends Error {}

module.exports = { log, debug, verbose, HarnessError };
