package org.cspstat.cli;

import java.nio.file.Path;
import org.cspstat.compare.CategoryGroups;
import picocli.CommandLine.Option;

/** The partnership's own category groups, for every command that reports on categories. */
final class GroupOptions {
    @Option(names = "--groups", paramLabel = "FILE",
            description = "Your own category groups: a CSV group,category, e.g. Violent crime,Robbery")
    Path file;

    /** @return the groups file's groups after the built-in ones, or the built-in ones alone */
    CategoryGroups groups() {
        return file == null ? CategoryGroups.builtIn() : CategoryGroups.read(file);
    }
}
