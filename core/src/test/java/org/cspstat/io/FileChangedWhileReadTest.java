package org.cspstat.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 5: a file that changes while a load reads it (truncated, grown, rewritten) is
 * named in the account's notes. The change is made at a known moment: one reading thread, and
 * the second file changed when the progress listener says the first is done (after the stamps
 * were taken, before the second is read).
 */
class FileChangedWhileReadTest {
    @TempDir
    Path dir;

    private Dataset loadChangingTheSecond(java.util.function.Consumer<Path> change) {
        Path a = Fixtures.write(dir, "a/2021-01-a-street.csv", Fixtures.HEADER, Fixtures.crime("1", "2021-01",
                "Burglary", "Stevenage 001A"));
        List<String> rows = new ArrayList<>(List.of(Fixtures.HEADER));
        for (int i = 0; i < 50; i++) {
            rows.add(Fixtures.crime("b" + i, "2021-02", "Burglary", "Stevenage 001A"));
        }
        Path b = Fixtures.write(dir, "b/2021-02-b-street.csv", rows.toArray(String[]::new));
        return Loader.load(LoadOptions.builder().data(a, b).threads(1).progress((name, done, total) -> {
            if (done == 1) {
                change.accept(b);
            }
        }).build());
    }

    @Test
    void aFileTruncatedWhileTheLoadRunsIsNamedInTheNotes() {
        Dataset d = loadChangingTheSecond(b -> {
            try (RandomAccessFile f = new RandomAccessFile(b.toFile(), "rw")) {
                f.setLength(f.length() / 2);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        DataQuality q = d.quality();
        assertEquals(q.rowsRead(), q.accepted() + q.outsideArea() + q.rejected(), "the account still reconciles");
        assertTrue(q.notes().stream().anyMatch(n -> n.contains("2021-02-b-street.csv: was truncated while it was being"
                + " read (")), q.notes().toString());
    }

    @Test
    void aFileAppendedToWhileTheLoadRunsIsNamedInTheNotes() {
        Dataset d = loadChangingTheSecond(b -> {
            try {
                Files.writeString(b, Fixtures.crime("late", "2021-02", "Burglary", "Stevenage 001A") + "\n",
                        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertTrue(d.quality().notes().stream().anyMatch(n -> n.contains("2021-02-b-street.csv: changed size while it"
                + " was being read (") && n.contains("read it again once it is complete")),
                d.quality().notes().toString());
    }

    @Test
    void aFileRewrittenInPlaceWithTheSameSizeIsNamedByItsModificationTime() {
        Dataset d = loadChangingTheSecond(b -> {
            try {
                Files.setLastModifiedTime(b, java.nio.file.attribute.FileTime.fromMillis(
                        Files.getLastModifiedTime(b).toMillis() + 5_000));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertTrue(d.quality().notes().stream().anyMatch(n -> n.contains("2021-02-b-street.csv: was modified while it"
                + " was being read")), d.quality().notes().toString());
    }

    @Test
    void aFileLeftAloneGivesNoNote() {
        Dataset d = loadChangingTheSecond(b -> { });
        assertTrue(d.quality().notes().isEmpty(), d.quality().notes().toString());
    }
}
