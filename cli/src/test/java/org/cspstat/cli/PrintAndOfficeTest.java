package org.cspstat.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pack as it reaches paper: the page printed to PDF by headless Chromium in at most
 * {@value #MOST_PAGES} A4 pages, and pack.docx converted to PDF by LibreOffice (as a committee
 * clerk's Word would open it). CI installs both ({@code .ci/run}); without them these tests fail
 * with what to install, unless {@code CSPSTAT_SKIP_BROWSER=1} / {@code CSPSTAT_SKIP_OFFICE=1}.
 */
class PrintAndOfficeTest {
    /** The most A4 pages the sample pack may print on. */
    static final int MOST_PAGES = 20;

    @TempDir
    Path dir;

    @Test
    void theSamplePackPrintsOnAtMostTwentyA4Pages() throws Exception {
        Assumptions.assumeFalse("1".equals(System.getenv("CSPSTAT_SKIP_BROWSER")), "CSPSTAT_SKIP_BROWSER=1");
        String chromium = ReportBrowserTest.chromium();
        if (chromium == null) {
            fail("headless Chromium is needed: apt-get install -y chromium (or set CSPSTAT_SKIP_BROWSER=1)");
        }
        Path pdf = dir.resolve("pack.pdf");
        run(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--user-data-dir=" + Files.createTempDirectory(dir, "p"),
                "--no-pdf-header-footer", "--print-to-pdf=" + pdf, SamplePack.dir().resolve("index.html").toUri().toString()));
        assertTrue(Files.size(pdf) > 10_000, "no PDF printed");
        int pages = pages(pdf);
        assertTrue(pages >= 5 && pages <= MOST_PAGES, "printed on " + pages + " pages");
        // A4 portrait: 595 × 842 points
        String mediaBox = mediaBox(pdf);
        assertTrue(mediaBox.matches("0 0 59[45](\\.\\d+)? 84[12](\\.\\d+)?"), mediaBox);
    }

    @Test
    void packDocxOpensInLibreOfficeWithItsTablesAndCharts() throws Exception {
        Assumptions.assumeFalse("1".equals(System.getenv("CSPSTAT_SKIP_OFFICE")), "CSPSTAT_SKIP_OFFICE=1");
        String soffice = onPath("soffice", "libreoffice");
        if (soffice == null) {
            fail("LibreOffice is needed: apt-get install -y libreoffice-writer-nogui (or set CSPSTAT_SKIP_OFFICE=1)");
        }
        Path docx = dir.resolve("pack.docx");
        Files.copy(SamplePack.dir().resolve("pack.docx"), docx);
        run(List.of(soffice, "-env:UserInstallation=" + dir.resolve("lo").toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", dir.toString(), docx.toString()));
        Path pdf = dir.resolve("pack.pdf");
        assertTrue(Files.exists(pdf), "LibreOffice wrote no PDF");
        int pages = pages(pdf);
        assertTrue(pages >= 8 && pages <= 40, "pack.docx is " + pages + " pages");
        String text = pdfText(pdf);
        for (String heading : List.of("Headlines", "Priorities", "What this data can and cannot show", "Provenance",
                "Table 1:", "Figure 1:", "Appendix: detailed tables")) {
            assertTrue(text.contains(heading), "missing from the converted document: " + heading);
        }
    }

    /**
     * tables.xlsx opened by LibreOffice Calc and saved as CSV, one file per sheet (filter option
     * token 12 = -1; cell contents as stored, not as shown): a sheet per table, the numbers the
     * pack's own CSVs hold (counts exactly, p-values and rates to 14 significant figures, which is
     * what Calc writes), and the About sheet naming the pack.
     */
    @Test
    void tablesXlsxOpensInLibreOfficeCalcWithTheSameNumbersAsTheCsvs() throws Exception {
        Assumptions.assumeFalse("1".equals(System.getenv("CSPSTAT_SKIP_OFFICE")), "CSPSTAT_SKIP_OFFICE=1");
        String soffice = onPath("soffice", "libreoffice");
        if (soffice == null) {
            fail("LibreOffice is needed: apt-get install -y libreoffice-calc-nogui (or set CSPSTAT_SKIP_OFFICE=1)");
        }
        Path xlsx = dir.resolve("tables.xlsx");
        Files.copy(SamplePack.dir().resolve("tables.xlsx"), xlsx);
        String log = run(List.of(soffice, "-env:UserInstallation=" + dir.resolve("lo").toUri(), "--headless",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                "--outdir", dir.toString(), xlsx.toString()));
        Path about = dir.resolve("tables-About.csv");
        assertTrue(Files.exists(about), "Calc wrote no sheet: " + log);
        assertTrue(Files.readString(about).contains("Strategic Assessment evidence pack"), "About names the pack");
        List<Path> csvs;
        try (var files = Files.list(SamplePack.dir().resolve("tables"))) {
            csvs = files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
        for (Path csv : csvs) {
            String stem = csv.getFileName().toString().replace(".csv", "");
            Path sheet = dir.resolve("tables-" + stem.substring(0, Math.min(stem.length(), 31)) + ".csv");
            assertTrue(Files.exists(sheet), "no sheet for " + stem);
        }
        List<List<String>> calc = rows(Files.readString(dir.resolve("tables-change-by-category.csv")));
        List<List<String>> ours = rows(CliTest.packCsv(SamplePack.dir().resolve("tables").resolve("change-by-category.csv")));
        assertTrue(calc.size() == ours.size() && calc.size() > 5, calc.size() + " rows against " + ours.size());
        List<String> header = ours.get(0);
        assertTrue(calc.get(0).equals(header), "header " + calc.get(0));
        for (int r = 1; r < ours.size(); r++) {
            for (String column : List.of("current", "previous", "change")) {
                int c = header.indexOf(column);
                assertTrue(ours.get(r).get(c).equals(calc.get(r).get(c)), column + " row " + r + ": " + calc.get(r));
            }
            for (String column : List.of("pValue", "rateRatio")) {
                int c = header.indexOf(column);
                String mine = ours.get(r).get(c);
                if (!mine.isEmpty()) {
                    double a = Double.parseDouble(mine);
                    double b = Double.parseDouble(calc.get(r).get(c));
                    assertTrue(Math.abs(a - b) <= 1e-13 * Math.max(1, Math.abs(a)), column + " row " + r + ": " + a + " vs " + b);
                }
            }
        }
    }

    /** Rows of simple CSV (quoted fields with commas allowed, no line breaks inside a field). */
    static List<List<String>> rows(String text) {
        List<List<String>> out = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").split("\n")) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (ch == '"') {
                    if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = !quoted;
                    }
                } else if (ch == ',' && !quoted) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(ch);
                }
            }
            cells.add(cell.toString());
            out.add(cells);
        }
        return out;
    }

    static String onPath(String... names) {
        for (String name : names) {
            for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                if (Files.isExecutable(Path.of(d, name))) {
                    return Path.of(d, name).toString();
                }
            }
        }
        return null;
    }

    private String run(List<String> cmd) throws IOException, InterruptedException {
        Path out = dir.resolve("out-" + System.nanoTime());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(cmd.get(0) + " did not finish within 180 s: " + Files.readString(out));
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** Pages by pdfinfo when it is installed, else by counting page objects. */
    private int pages(Path pdf) throws IOException, InterruptedException {
        String pdfinfo = onPath("pdfinfo");
        if (pdfinfo != null) {
            Matcher m = Pattern.compile("Pages:\\s+(\\d+)").matcher(run(List.of(pdfinfo, pdf.toString())));
            assertTrue(m.find(), "pdfinfo gave no page count");
            return Integer.parseInt(m.group(1));
        }
        String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(raw);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private String mediaBox(Path pdf) throws IOException {
        String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("/MediaBox\\s*\\[\\s*([\\d.\\s]+?)\\s*\\]").matcher(raw);
        assertTrue(m.find(), "no media box");
        return m.group(1).replaceAll("\\s+", " ");
    }

    private String pdfText(Path pdf) throws IOException, InterruptedException {
        String pdftotext = onPath("pdftotext");
        if (pdftotext == null) {
            fail("pdftotext is needed: apt-get install -y poppler-utils");
        }
        List<String> cmd = new ArrayList<>(List.of(pdftotext, pdf.toString(), "-"));
        return run(cmd);
    }
}
