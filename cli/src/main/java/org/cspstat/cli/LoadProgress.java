package org.cspstat.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.cspstat.io.ProgressListener;

/**
 * A progress bar on standard error while files are read, shown only when a person is watching
 * ({@code System.console() != null}); otherwise nothing, so logs and pipes stay clean.
 */
final class LoadProgress implements ProgressListener, AutoCloseable {
    private final java.io.PrintStream out;
    private ProgressBar bar;

    /** @param out where the bar is drawn */
    LoadProgress(java.io.PrintStream out) {
        this.out = out;
    }

    /** @return a listener drawing a bar on standard error when it is a terminal */
    static LoadProgress onTerminal() {
        return new LoadProgress(System.err);
    }

    /** @return the listener to pass to a load */
    ProgressListener listener() {
        return System.console() != null ? this : ProgressListener.NONE;
    }

    @Override
    public synchronized void sourceDone(String name, int done, int total) {
        if (bar == null) {
            if (total < 2) {
                return;
            }
            bar = new ProgressBarBuilder().setTaskName("Reading").setInitialMax(total)
                    .setConsumer(new ConsoleProgressBarConsumer(out)).setUpdateIntervalMillis(200).build();
        }
        bar.stepTo(done);
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
