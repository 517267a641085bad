// A logger that says nothing: the command line's own output is what the person reads.
import type { Logger } from '../../shared/logger';

export const quiet: Logger = { info() {}, warn() {}, error() {} };
