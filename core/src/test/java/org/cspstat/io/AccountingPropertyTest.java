package org.cspstat.io;

import org.cspstat.error.DataException;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * The accounting invariant as a property: over generated files of good and bad rows, with and
 * without an area selected, every row read is accepted, outside the area or rejected, and the
 * number read equals the number of data lines written.
 */
class AccountingPropertyTest {
    @TempDir
    Path dir;

    /** A row of one of several kinds, good and bad. */
    private static final String[] KINDS = {
        "c%d,2021-0%d,H,H,-0.2,51.9,On or near A,E01000001,Stevenage 001A,Burglary,x,",
        ",2021-0%2$d,H,H,-0.2,51.9,On or near B,E01000002,Hitchin 002B,Anti-social behaviour,,",
        "c%d,2021-0%d,H,H,,,No Location,,,Robbery,x,",
        "c%d,2021-1%d,H,H,-0.2,51.9,On or near A,E01000001,Stevenage 001A,Burglary,x,",
        "c%d,2021-0%d,H,H,-0.2,51.9,On or near A,E01000001,Stevenage 001A,Cheese,x,",
        "c%d,2021-0%d,H,H,abc,51.9,On or near A,E01000001,Stevenage 001A,Drugs,x,",
        "c%d,2021-0%d,H,H",
        "c%d,2021-0%d,H,H,-0.2,51.9,\"On or near \"\"Quoted\"\", Road\",E01000003,STEVENAGE 003C,Drugs,x,",
        "dup,2021-0%2$d,H,H,-0.2,51.9,On or near A,E01000001,Stevenage 001A,Shoplifting,x,",
    };

    private Path write(List<Integer> kinds, int n) {
        List<String> lines = new ArrayList<>();
        lines.add(Fixtures.HEADER);
        for (int i = 0; i < kinds.size(); i++) {
            lines.add(String.format(java.util.Locale.ROOT, KINDS[kinds.get(i)], i, 1 + i % 9));
        }
        try {
            Path f = dir.resolve("gen-" + n + ".csv");
            Files.write(f, lines, StandardCharsets.UTF_8);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean reconciles(DataQuality q, int rows) {
        return q.rowsRead() == rows && q.rowsRead() == q.accepted() + q.outsideArea() + q.rejected()
                && q.monthTotals().values().stream().mapToLong(Long::longValue).sum() == q.accepted()
                && q.rejects().size() == Math.min(q.rejected(), DataQuality.MAX_EXAMPLES);
    }

    @Test
    void everyRowReadIsAcceptedOutsideTheAreaOrRejected() {
        Gen<List<Integer>> rows = lists().of(integers().between(0, KINDS.length - 1)).ofSizeBetween(1, 60);
        int[] n = {0};
        qt().withExamples(150).withFixedSeed(20261126L).forAll(rows, integers().between(0, 2)).check((kinds, area) -> {
            Path f = write(kinds, n[0]++);
            LoadOptions.Builder b = LoadOptions.builder().data(f);
            if (area == 1) {
                b.selection(AreaSelection.namePrefix("Stevenage"));
            } else if (area == 2) {
                b.dedupe(true);
            }
            try {
                return reconciles(Loader.load(b.build()).quality(), kinds.size());
            } catch (DataException e) {
                // no usable rows is the only data error a well-formed file may give, and only when nothing is counted
                return e.getMessage().contains("no usable rows");
            }
        });
    }
}
