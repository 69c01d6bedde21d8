package org.cspstat.io;

import java.nio.file.Path;
import java.util.List;
import org.cspstat.error.DataException;
import java.util.function.Consumer;

/**
 * The CSV streams under a data path, for readers outside this package (the outcomes reader): the
 * same walk of folders and zips, with the same guards, as a load.
 */
public final class DataFiles {
    private DataFiles() {
    }

    /**
     * @param path a file, directory or zip
     * @param limits the zip limits
     * @param notes receives a line for everything passed over
     * @return the incident files (street files, or any CSV but police.uk outcomes and stop-and-search)
     * @throws DataException when the path does not exist or cannot be read
     */
    public static List<InputSource> incidents(Path path, ReadLimits limits, Consumer<String> notes) {
        return Inputs.list(path, limits, notes, false);
    }

    /**
     * @param path a file, directory or zip
     * @param limits the zip limits
     * @param notes receives a line for everything passed over
     * @return the police.uk {@code -outcomes.csv} files (a file named directly, whatever its name)
     * @throws DataException when the path does not exist or cannot be read
     */
    public static List<InputSource> outcomes(Path path, ReadLimits limits, Consumer<String> notes) {
        return Inputs.list(path, limits, notes, true);
    }
}
