package org.cspstat.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cspstat.cli.SafeOutputTest.Result;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, through the real command line: outputs that would overwrite or pollute an input
 * (through symbolic links, hard links, {@code ..}), special files as targets, permissions, the
 * report pack as one atomic thing (reruns, a lock, runs killed with SIGKILL), output names from
 * hostile categories, and Markdown and terminal injection.
 */
class HostileOutputTest {
    @TempDir
    Path dir;
    Path data;
    Path input;

    @BeforeEach
    void writeASmallPoliceFolder() throws IOException {
        data = Files.createDirectories(dir.resolve("data"));
        input = data.resolve("2021-01-x-street.csv");
        Files.writeString(input, police(List.of("Burglary", "Drugs"), 3));
    }

    /** Two years of monthly rows, 2020-01 to 2021-12, {@code perMonth} of each category. */
    static String police(List<String> categories, int perMonth) {
        StringBuilder csv = new StringBuilder(BadInputCorpusTest.HEADER).append('\n');
        int n = 0;
        for (int y = 2020; y <= 2021; y++) {
            for (int m = 1; m <= 12; m++) {
                for (String c : categories) {
                    for (int i = 0; i < perMonth + (m + y) % 3; i++) {
                        csv.append(String.format(Locale.ROOT, "c%d,%d-%02d,H,H,-0.2%d,51.9%d,On or near Park Road,"
                                + "E01023750,Stevenage 001A,\"%s\",,%n", ++n, y, m, i % 10, n % 10, c.replace("\"", "\"\"")));
                    }
                }
            }
        }
        return csv.toString();
    }

    private Result compareInto(Path dataPath, Path out) {
        return SafeOutputTest.run("compare", "--data", dataPath.toString(), "--period", "2021-01..2021-06",
                "--format", "csv", "--out", out.toString());
    }

    private List<String> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    // ---- 1. inputs are sacred ----

    @Test
    void anOutputThroughASymlinkToTheDataFolderNeverOverwritesTheInput() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("LINK"), data);
        byte[] before = Files.readAllBytes(input);
        Result r = compareInto(data, link.resolve(input.getFileName()));
        assertEquals(3, r.exit(), r.err());
        assertEquals("cspstat: " + link.resolve(input.getFileName()) + ": is a data file inside the input folder "
                + data + "; refusing to overwrite it\n", r.err());
        // the mirror case: the data named through the link, the output through the real folder
        Result mirror = compareInto(link, input);
        assertEquals(3, mirror.exit(), mirror.err());
        assertEquals("cspstat: " + input + ": is a data file inside the input folder " + link + " (" + data.toRealPath()
                + "); refusing to overwrite it\n", mirror.err());
        // and through .. after the link
        Result dots = compareInto(data, link.resolve("../data").resolve(input.getFileName()));
        assertEquals(3, dots.exit(), dots.err());
        assertArrayEquals(before, Files.readAllBytes(input));
        assertEquals(List.of("", input.getFileName().toString()), listing(data));
    }

    @Test
    void aSingleInputFileNamedThroughALinkIsRefusedNamingBoth() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("in.csv"), input);
        byte[] before = Files.readAllBytes(input);
        Result r = compareInto(input, link);
        assertEquals(3, r.exit(), r.err());
        assertEquals("cspstat: " + link + ": is the input " + input + " (both are " + input.toRealPath()
                + "); refusing to overwrite it\n", r.err());
        assertArrayEquals(before, Files.readAllBytes(input));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aReportThroughALinkIntoTheDataFolderWritesNothingThere() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("LINK"), data);
        Result r = SafeOutputTest.run("report", "--data", data.toString(), "--out", link.resolve("pack").toString());
        assertEquals(3, r.exit(), r.err());
        assertEquals("cspstat: " + link.resolve("pack") + ": is inside the input folder " + data
                + ", where the next run would read its CSV tables as data; write it elsewhere\n", r.err());
        assertEquals(List.of("", input.getFileName().toString()), listing(data));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("LINK", "data"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aHardLinkToAnInputIsRefused() throws IOException {
        Path hard = Files.createLink(dir.resolve("copy.csv"), input);
        byte[] before = Files.readAllBytes(input);
        Result r = compareInto(data, hard);
        assertEquals(3, r.exit(), r.err());
        assertEquals("cspstat: " + hard + ": is a hard link to the input file " + input
                + "; refusing to overwrite it\n", r.err());
        assertArrayEquals(before, Files.readAllBytes(input));
    }

    @Test
    void aPipeAFolderAndAFolderHoldingTheInputAreNeverWrittenOver() throws Exception {
        Path fifo = dir.resolve("fifo");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(p.waitFor() == 0, "mkfifo is available");
        Result r = compareInto(data, fifo);
        assertEquals(3, r.exit(), r.err());
        assertEquals("cspstat: " + fifo + ": is a named pipe (FIFO), not a regular file; refusing to write over it\n",
                r.err());
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the pipe is still a pipe");
        Result report = SafeOutputTest.run("report", "--data", input.toString(), "--out", data.toString());
        assertEquals(3, report.exit(), report.err());
        assertEquals("cspstat: " + data + ": holds the input " + input + "; refusing to replace it\n", report.err());
        Result report2 = SafeOutputTest.run("report", "--data", data.toString(), "--out", dir.toString());
        assertEquals(3, report2.exit(), report2.err());
        assertTrue(Files.exists(input));
    }

    @Test
    void aCharacterDeviceIsNeverReplaced() {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));
        Result r = SafeOutputTest.run("compare", "--data", data.toString(), "--period", "2021-01..2021-06", "--out",
                devNull.toString());
        assertEquals(3, r.exit(), r.err());
        assertEquals("cspstat: /dev/null: is a character device, not a regular file; refusing to write over it\n",
                r.err());
        assertFalse(Files.isRegularFile(devNull));
    }

    @Test
    void anEmptyOutIsAUsageError() {
        Result compare = SafeOutputTest.run("compare", "--data", data.toString(), "--out", "");
        assertEquals(2, compare.exit(), compare.err());
        assertEquals("cspstat: --out needs a file or folder name, not an empty one\n", compare.err());
        Result report = SafeOutputTest.run("report", "--data", data.toString(), "--out", "");
        assertEquals(2, report.exit(), report.err());
    }

    @Test
    void newFilesFollowTheUmaskAndAReplacedFileKeepsItsPermissions() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        // what the umask gives a new file, seen on a file made the plain way
        Set<PosixFilePermission> umask = Files.getPosixFilePermissions(Files.createFile(dir.resolve("reference")));
        Path out = dir.resolve("out/compare.csv");
        assertEquals(0, compareInto(data, out).exit());
        assertEquals(umask, Files.getPosixFilePermissions(out), "not the 0600 of a temporary file");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));
        assertEquals(0, compareInto(data, out).exit());
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        Path link = Files.createSymbolicLink(dir.resolve("out/latest.csv"), out);
        assertEquals(0, compareInto(data, link).exit());
        assertTrue(Files.isSymbolicLink(link), "a link to an output is written through, not replaced");
        Path pack = dir.resolve("pack");
        assertEquals(0, SafeOutputTest.run("report", "--data", data.toString(), "--out", pack.toString()).exit());
        assertEquals(umask, Files.getPosixFilePermissions(pack.resolve("index.html")));
    }

    // ---- 2. a pack is one atomic thing ----

    @Test
    void aRerunLeavesNoStaleFileAndNoStagingFolder() throws IOException {
        Path pack = dir.resolve("pack");
        Result first = SafeOutputTest.run("report", "--data", data.toString(), "--out", pack.toString());
        assertEquals(0, first.exit(), first.err());
        List<String> files = listing(pack);
        Files.writeString(pack.resolve("charts/trend-stale.png"), "old");
        Files.writeString(pack.resolve("tables/stale.csv"), "old");
        Result again = SafeOutputTest.run("report", "--data", data.toString(), "--out", pack.toString());
        assertEquals(0, again.exit(), again.err());
        assertEquals(files, listing(pack));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(".pack.lock", "data", "pack"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aFolderOfOtherFilesIsNotReplacedByAPack() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        Result r = SafeOutputTest.run("report", "--data", data.toString(), "--out", folder.toString());
        assertEquals(3, r.exit(), r.err());
        assertEquals("cspstat: " + folder + ": is a folder that holds other files and no cspstat pack; refusing to "
                + "replace it (choose a new or empty folder)\n", r.err());
        assertEquals("mine", Files.readString(folder.resolve("notes.txt")));
        assertEquals(List.of("", "notes.txt"), listing(folder));
    }

    @Test
    void aSecondRunIntoTheSameFolderFailsClearlyWhileTheFirstHoldsTheLock() throws IOException {
        Path pack = dir.resolve("pack");
        try (FileChannel c = FileChannel.open(dir.resolve(".pack.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = c.lock()) {
            assertTrue(held.isValid());
            Result r = SafeOutputTest.run("report", "--data", data.toString(), "--out", pack.toString());
            assertEquals(3, r.exit(), r.err());
            assertEquals("cspstat: " + pack + ": another cspstat run is writing this pack (it holds "
                    + dir.resolve(".pack.lock") + "); wait for it to finish or choose another --out\n", r.err());
            assertFalse(Files.exists(pack));
        }
    }

    @Test
    void anOldPackMovedAsideByAKilledRunIsPutBackAndStagingLeftoversRemoved() throws IOException {
        Path old = Files.createDirectories(dir.resolve(".pack.old-abc"));
        Files.writeString(old.resolve("index.html"), "old pack");
        Files.writeString(old.resolve(PackFiles.Staging.MARKER), "");
        Path staging = Files.createDirectories(dir.resolve(".pack.new-xyz/charts"));
        Files.writeString(staging.resolve("half.png"), "half");
        // a run that fails on its data after taking the lock: it recovers, then writes nothing
        Result r = SafeOutputTest.run("report", "--data", dir.resolve("missing.csv").toString(), "--out",
                dir.resolve("pack").toString());
        assertEquals(3, r.exit(), r.err());
        assertEquals("old pack", Files.readString(dir.resolve("pack/index.html")));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(".pack.lock", "data", "pack"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /**
     * Runs {@code report} in a separate JVM and kills it with SIGKILL at moments spread over a
     * run; after each kill the folder holds one whole pack: the old one or the new one, with the
     * same title in index.html and summary.md and exactly the files a whole pack has.
     */
    @Test
    void aPackKilledAtAnyMomentIsEitherTheOldOrTheNew() throws Exception {
        Path pack = dir.resolve("pack");
        String[] periods = {"2021-01..2021-06", "2021-07..2021-12"};
        long t0 = System.nanoTime();
        assertEquals(0, report(pack, periods[0], -1));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        List<String> whole = listing(pack);
        List<String> titles = new ArrayList<>();
        titles.add(title(pack));
        double[] at = {0.3, 0.6, 0.8, 0.9, 0.95, 1.0};
        for (int i = 0; i < at.length; i++) {
            String period = periods[(i + 1) % 2];
            int code = report(pack, period, (long) (millis * at[i]));
            List<String> now = listing(pack);
            assertEquals(whole, now, "after a kill at " + at[i] + " of a run (exit " + code + ")");
            String t = title(pack);
            assertEquals(t, mdTitle(pack), "index.html and summary.md from the same run");
            titles.add(t);
        }
        assertTrue(new TreeSet<>(titles).size() <= 2, titles.toString());
    }

    private int report(Path pack, String period, long killAfterMillis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "report", "--data", data.toString(), "--period", period, "--out", pack.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        if (killAfterMillis >= 0 && !p.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly(); // SIGKILL
        }
        return p.waitFor();
    }

    private static String title(Path pack) throws IOException {
        Matcher m = Pattern.compile("<title>([^<]*)</title>").matcher(Files.readString(pack.resolve("index.html")));
        assertTrue(m.find());
        return m.group(1);
    }

    private static String mdTitle(Path pack) throws IOException {
        String first = Files.readString(pack.resolve("summary.md")).lines().findFirst().orElseThrow();
        return first.substring(2);
    }

    // ---- 3. safe, unique output names ----

    @Test
    void categoriesThatWouldShareOrOverflowAFileNameGetTheirOwnBoundedFiles() throws Exception {
        String long300 = "Very long category ".repeat(16).substring(0, 300);
        List<String> categories = List.of("\u53cd\u793e\u4f1a\u884c\u4e3a", "\u6bd2\u54c1", "Drug-related ASB",
                "drug related asb", long300);
        Path pack = dir.resolve("pack");
        Result r = SafeOutputTest.run(exportReport(categories, pack));
        assertEquals(0, r.exit(), r.err());
        // expected stems by the documented rule: slug, and where slugs collide or are empty or cut,
        // the first 8 hex digits of the SHA-256 of the exact name
        List<String> expected = List.of("trend-x-" + sha8(categories.get(0)), "trend-x-" + sha8(categories.get(1)),
                "trend-drug-related-asb-" + sha8("Drug-related ASB"), "trend-drug-related-asb-" + sha8("drug related asb"),
                "trend-" + "very-long-category-".repeat(4).substring(0, 60).replaceAll("-+$", "") + "-" + sha8(long300));
        String md = Files.readString(pack.resolve("summary.md"));
        for (int i = 0; i < categories.size(); i++) {
            String stem = expected.get(i);
            assertTrue(Files.isRegularFile(pack.resolve("charts/" + stem + ".png")), stem);
            assertTrue(Files.isRegularFile(pack.resolve("tables/" + stem + ".csv")), stem);
            assertTrue(stem.length() <= 80, stem);
            // the summary links each category's own table
            assertTrue(md.contains(MarkdownTextOf(categories.get(i)) + ": monthly counts and control limits** ([CSV](tables/"
                    + stem + ".csv))"), stem + "\n" + md);
        }
        String html = Files.readString(pack.resolve("index.html"));
        for (String stem : expected) {
            assertTrue(html.contains("charts/" + stem + ".png"), stem);
        }
    }

    /** A council export of these categories, 2020-01 to 2021-12, and the report arguments that chart each. */
    private String[] exportReport(List<String> categories, Path pack) throws IOException {
        Path export = data.resolve("export.csv");
        Files.delete(input);
        StringBuilder csv = new StringBuilder("Date,Type\n");
        for (int y = 2020; y <= 2021; y++) {
            for (int m = 1; m <= 12; m++) {
                for (int c = 0; c < categories.size(); c++) {
                    for (int i = 0; i <= c % 4 + m % 3; i++) {
                        csv.append(String.format(Locale.ROOT, "%d-%02d,\"%s\"%n", y, m,
                                categories.get(c).replace("\"", "\"\"")));
                    }
                }
            }
        }
        Files.writeString(export, csv);
        Path mapping = dir.resolve("mapping.txt");
        Files.writeString(mapping, "[file]\nname = Council export\n[columns]\ndate = Date\ncategory = Type\n");
        List<String> args = new ArrayList<>(List.of("report", "--data", data.toString(), "--mapping", mapping.toString(),
                "--period", "2021-01..2021-12", "--out", pack.toString()));
        categories.forEach(c -> args.addAll(List.of("--category", c)));
        return args.toArray(String[]::new);
    }

    private static String MarkdownTextOf(String s) {
        return org.cspstat.format.MarkdownText.escape(s);
    }

    private static String sha8(String s) throws Exception {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        return String.format("%02x%02x%02x%02x", d[0], d[1], d[2], d[3]);
    }

    // ---- 7. nothing forged ----

    @Test
    void aRenderedSummaryHoldsNoElementFromData() throws IOException {
        List<String> hostile = List.of("[click](javascript:alert(1))", "![img](http://example.com/x.png)",
                "<b>bold</b> <img src=x onerror=alert(1)>", "*em* _em_ `code` ~~gone~~", "&lt;script&gt; &amp;",
                "# heading", "1. list", "<http://example.com/auto>", "a | b");
        Path pack = dir.resolve("pack");
        Result r = SafeOutputTest.run(exportReport(hostile, pack));
        assertEquals(0, r.exit(), r.err());
        String md = Files.readString(pack.resolve("summary.md"));
        Node doc = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(md);
        List<String> problems = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (!link.getDestination().matches("tables/[a-z0-9-]+\\.csv")) {
                    problems.add("link to " + link.getDestination());
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                if (!image.getDestination().matches("charts/[a-z0-9-]+\\.png")) {
                    problems.add("image from " + image.getDestination());
                }
                visitChildren(image);
            }

            @Override
            public void visit(HtmlInline html) {
                problems.add("inline HTML " + html.getLiteral());
            }

            @Override
            public void visit(HtmlBlock html) {
                problems.add("HTML block " + html.getLiteral());
            }

            @Override
            public void visit(Code code) {
                problems.add("code " + code.getLiteral());
            }

            @Override
            public void visit(Emphasis e) {
                problems.add("emphasis");
                visitChildren(e);
            }

            @Override
            public void visit(StrongEmphasis e) {
                Node child = e.getFirstChild();
                if (child == null || !(child instanceof Text)) {
                    problems.add("strong emphasis holding markup");
                }
                visitChildren(e);
            }

            @Override
            public void visit(Text t) {
                text.append(t.getLiteral()).append('\n');
            }
        });
        assertEquals(List.of(), problems);
        for (String h : hostile) {
            assertTrue(text.toString().contains(h), "rendered as the text it is: " + h);
        }
    }

    @Test
    void escapeSequencesAndNewlinesInAFileNameNeverReachTheTerminalRaw() throws IOException {
        Path forged = data.resolve("x\u001b[31m\ncspstat: FAKE all good\r.csv");
        Files.writeString(forged, BadInputCorpusTest.HEADER + "\nc1,2021-13,H,H,-0.2,51.9,Road,E01023750,Stevenage 001A,"
                + "Burglary,,\n");
        Result r = SafeOutputTest.run("compare", "--data", data.toString(), "--strict", "--period", "2021-01..2021-06");
        assertEquals(3, r.exit(), r.err());
        assertFalse(r.err().contains("\u001b") || r.err().contains("\r"), r.err());
        assertEquals(1, r.err().split("\n").length, "one line: " + r.err());
        assertTrue(r.err().contains("x\\e[31m\\ncspstat: FAKE all good\\r.csv"), r.err());
    }

    @Test
    void oneMonthOfDataForATrendIsADataConditionNotUsage() throws IOException {
        Files.writeString(input, BadInputCorpusTest.HEADER + "\nc1,2021-08,H,H,-0.2,51.9,Road,E01023750,Stevenage 001A,"
                + "Burglary,,\n");
        Result r = SafeOutputTest.run("trend", "--data", data.toString());
        assertEquals(3, r.exit(), r.err()); // was 2
        assertTrue(r.err().contains("the data do not cover the period, so there is no trend to draw; choose a --period "
                + "inside the data"), r.err());
    }

    @Test
    void chartSizesAreValidatedAsUsage() {
        Result r = SafeOutputTest.run("charts", "--width", "46341", "--height", "46341", "--out", dir.toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals("cspstat: --width must be 320 to 10000 pixels and --height 240 to 10000, not 46341×46341\n",
                r.err());
        Result s = SafeOutputTest.run("report", "--scale", "NaN", "--out", dir.resolve("p").toString());
        assertEquals(2, s.exit(), s.err());
    }
}
