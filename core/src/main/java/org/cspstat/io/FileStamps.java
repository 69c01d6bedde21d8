package org.cspstat.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The size and modification time of every file a load reads, taken before its rows are read and
 * compared after: a file written to, replaced or truncated while it was being read (an export
 * still being saved, a download still running) is named in the account's notes, since its counts
 * may mix the old and the new file.
 */
final class FileStamps {
    private record Stamp(long size, java.nio.file.attribute.FileTime modified, Object key) {
    }

    private final Map<Path, Stamp> before = new LinkedHashMap<>();

    /** Takes the stamps of the files behind the sources (plain files, gzip files, zips). */
    FileStamps(List<InputSource> sources) {
        for (InputSource s : sources) {
            Path file = Inputs.fileOf(s);
            if (file != null && !before.containsKey(file)) {
                before.put(file, stamp(file));
            }
        }
    }

    /** Gives a note for each file whose stamp differs now from the one taken before reading. */
    void changes(Consumer<String> notes) {
        for (Map.Entry<Path, Stamp> e : before.entrySet()) {
            Stamp was = e.getValue();
            if (was == null) {
                continue;
            }
            Stamp now = stamp(e.getKey());
            String what;
            if (now == null) {
                what = "was removed or replaced while it was being read";
            } else if (now.size < was.size) {
                what = "was truncated while it was being read (" + was.size + " bytes before, " + now.size + " after)";
            } else if (now.size != was.size) {
                what = "changed size while it was being read (" + was.size + " bytes before, " + now.size + " after)";
            } else if (!now.modified.equals(was.modified) || (was.key != null && !was.key.equals(now.key))) {
                what = "was modified while it was being read";
            } else {
                continue;
            }
            notes.accept(e.getKey() + ": " + what + "; its counts may mix the old and the new file: read it again"
                    + " once it is complete");
        }
    }

    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(a.size(), a.lastModifiedTime(), a.fileKey());
        } catch (IOException e) {
            return null;
        }
    }
}
