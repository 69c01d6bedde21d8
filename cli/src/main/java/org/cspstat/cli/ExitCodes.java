package org.cspstat.cli;

/** The documented exit codes (README, "Exit codes"). */
final class ExitCodes {
    /** Success. */
    static final int OK = 0;
    /** An unexpected failure: a bug or an environment problem; rerun with --verbose. */
    static final int FAILURE = 1;
    /** A usage error: an unknown option, a malformed value. */
    static final int USAGE = 2;
    /** A data error: a missing path, bad data in strict mode, no usable rows, a gap in a period. */
    static final int DATA = 3;

    private ExitCodes() {
    }
}
