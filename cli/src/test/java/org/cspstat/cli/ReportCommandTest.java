package org.cspstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cspstat.output.chart.Images;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cspstat report} and {@code cspstat charts} as a user runs them. */
class ReportCommandTest {
    @TempDir
    Path dir;

    static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void theEmbeddedSampleGivesACompletePack() throws IOException {
        Path out = SamplePack.dir();
        CliTest.Result r = SamplePack.result();
        assertTrue(r.out().startsWith("Wrote " + out.resolve("index.html") + " (16 charts, "), r.out());
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("http://") || html.contains("https://"), "nothing fetched from outside");
        List<Path> pngs = files(out.resolve("charts"), ".png");
        assertEquals(16, pngs.size(), pngs.toString()); // 13, the two three-year charts, harm-vs-volume
        for (Path png : pngs) {
            Images.checkPng(Files.readAllBytes(png), 1600, 900);
            assertTrue(html.contains("<img src=\"charts/" + png.getFileName() + "\""), png.toString());
        }
        List<Path> csvs = files(out.resolve("tables"), ".csv");
        for (Path csv : csvs) {
            assertTrue(html.contains("href=\"tables/" + csv.getFileName() + "\""), csv.toString());
        }
        assertTrue(Files.readString(out.resolve("tables/change-by-category.csv"))
                .startsWith("\uFEFFcategory,current,previous,change,percentChange,rateRatio,"));
        String md = Files.readString(out.resolve("summary.md"));
        assertTrue(md.startsWith("# Strategic Assessment evidence pack, 2025/26 Q1–Q3 (Apr–Dec 2025) vs"), md);
        assertTrue(Files.size(out.resolve("pack.docx")) > 100_000, "pack.docx with its charts");
        assertTrue(Files.size(out.resolve("tables.xlsx")) > 5_000, "tables.xlsx");
        try (Stream<Path> left = Files.walk(out)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".part")).toList(),
                    "temporary files left behind");
        }
    }

    @Test
    void csvsHoldPlainValuesBehindAByteOrderMarkAndHotCellsHaveCoordinates() throws IOException {
        Path out = SamplePack.dir();
        java.util.regex.Pattern display = java.util.regex.Pattern.compile("(^|,)(\"?)([▲▼][^,]*|<0\\.001|[-+]?[\\d.,]+%)\\2(,|$)",
                java.util.regex.Pattern.MULTILINE);
        for (Path csv : files(out.resolve("tables"), ".csv")) {
            byte[] b = Files.readAllBytes(csv);
            assertTrue(b.length > 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF,
                    csv + " has no byte-order mark");
            String text = new String(b, java.nio.charset.StandardCharsets.UTF_8);
            var m = display.matcher(text);
            assertFalse(m.find(), () -> csv + " holds a display string: " + m.group());
        }
        String hot = Files.readString(out.resolve("tables/hot-cells.csv"));
        assertTrue(hot.startsWith("\uFEFFrow,col,count,z,pAdjusted,hot,emerging,location,lsoa,lat,lon,easting,northing,"), hot);
    }

    @Test
    void aTitleNamesThePartnership() throws IOException {
        Path out = dir.resolve("titled");
        assertEquals(0, CliTest.run("report", "--out", out.toString(), "--title", "Northbrook Community Safety Partnership")
                .code());
        assertTrue(Files.readString(out.resolve("summary.md")).startsWith("# Northbrook Community Safety Partnership: "
                + "Strategic Assessment evidence pack"));
        String md = Files.readString(out.resolve("summary.md"));
        assertTrue(md.contains("## Provenance"));
        assertTrue(md.contains("Command: cspstat report --out"), md);
        assertTrue(md.contains("## What this data can and cannot show"));
    }

    @Test
    void embeddedChartsMakeOnePageThatStandsAlone() throws IOException {
        Path out = dir.resolve("embedded");
        assertEquals(0, CliTest.run("report", "--out", out.toString(), "--embed").code());
        String html = Files.readString(out.resolve("index.html"));
        assertFalse(html.contains("src=\"charts/"));
        assertEquals(16, html.split("src=\"data:image/png;base64,", -1).length - 1);
    }

    @Test
    void realStevenageDataGivesAPackForJanuary2022() throws IOException {
        Path out = dir.resolve("stevenage");
        CliTest.Result r = CliTest.run("report", "--data", CliTest.STEVENAGE, "--area-prefix", "Stevenage", "--period",
                "2022-01..2022-01", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(out.resolve("index.html"));
        // 647 against 541: the All crime counts CliTest checks with compare for the same period
        assertTrue(html.contains("<li>All crime: 647 in Jan 2022 against 541 in Jan 2021, +106 (+19.6%): "), html);
        assertTrue(html.contains("Source: police.uk, Open Government Licence v3.0"));
        for (Path png : files(out.resolve("charts"), ".png")) {
            Images.checkPng(Files.readAllBytes(png), 1600, 900);
        }
    }

    @Test
    void chartsWritesOneChartOnItsOwnAtAScaleForPrint() throws IOException {
        CliTest.Result r = CliTest.run("charts", "--chart", "risk-matrix", "--scale", "2", "--format", "both",
                "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(dir.resolve("risk-matrix.png")), files(dir, ".png"));
        Images.checkPng(Files.readAllBytes(dir.resolve("risk-matrix.png")), 3200, 1800);
        assertTrue(Files.readString(dir.resolve("risk-matrix.svg")).contains("<svg"));
    }

    @Test
    void anUnknownChartNamesTheChartsThereAre() {
        CliTest.Result r = CliTest.run("charts", "--chart", "pie", "--out", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("cspstat: no chart 'pie': expected one of change-by-category, risk-matrix, "),
                r.err());
    }

    @Test
    void oneMonthOfDataStillGivesAPackWithoutTrendChartsAndLeavesTheInputAlone() throws IOException {
        // regression: a one-month file made the XmR baseline fail and the whole report stop with exit 2
        Path data = dir.resolve("2017-01-test-street.csv");
        Files.writeString(data, "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,"
                + "LSOA name,Crime type,Last outcome category,Context\n"
                + ",2017-01,X,X,-0.2,51.9,On or near <script>alert(1)</script>,E01000001,Test 001A,"
                + "Anti-social behaviour,,\n");
        String before = Files.readString(data);
        // the folder holding the input cannot be replaced by a pack (issue 15: inputs are sacred)
        CliTest.Result refused = CliTest.run("report", "--data", data.toString(), "--period", "2017-01..2017-01",
                "--allow-gaps", "--out", dir.toString());
        assertEquals(3, refused.code(), refused.err());
        assertEquals("cspstat: " + dir + ": holds the input " + data + "; refusing to replace it\n", refused.err());
        // no previous month at all: nothing to compare, whatever the flags (a gap is not a zero)
        CliTest.Result r = CliTest.run("report", "--data", data.toString(), "--period", "2017-01..2017-01",
                "--allow-gaps", "--out", dir.resolve("pack0").toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("the previous period Jan 2016 has no months with data"), r.err());
        Path folder = Files.createDirectories(dir.resolve("two-months"));
        Files.copy(data, folder.resolve("2017-01-test-street.csv"));
        Files.writeString(folder.resolve("2016-01-test-street.csv"), "Crime ID,Month,Reported by,Falls within,Longitude,"
                + "Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n"
                + ",2016-01,X,X,-0.2,51.9,On or near Road,E01000001,Test 001A,Anti-social behaviour,,\n");
        r = CliTest.run("report", "--data", folder.toString(), "--period", "2017-01..2017-01",
                "--allow-gaps", "--out", dir.resolve("pack").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(before, Files.readString(data));
        String html = Files.readString(dir.resolve("pack").resolve("index.html"));
        assertTrue(html.contains("This comparison rests on 1 month (fewer than 12)"), html);
        assertTrue(html.contains("All crime: no trend chart (baseline "), html);
        assertFalse(html.contains("<script>alert"), "data escaped");
    }

    @Test
    void aDistrictOverrideMovesAPriorityAndItsReasonIsShownAsText() throws IOException {
        Path override = dir.resolve("district.csv");
        Files.writeString(override, "issue,dimension,score,reason\n"
                + "Robbery,community_concern,5,<b>Residents' survey</b>\n");
        Path out = dir.resolve("district-pack");
        CliTest.Result r = CliTest.run("charts", "--override", override.toString(), "--list");
        assertEquals(0, r.code(), r.err());
        r = CliTest.run("report", "--override", override.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("&lt;b&gt;Residents&#39; survey&lt;/b&gt;"), "the reason, escaped");
        assertFalse(html.contains("<b>Residents"));
        String csv = Files.readString(out.resolve("tables/priorities.csv"));
        assertTrue(csv.contains("Residents' survey"), csv);
    }

    @Test
    void chartsDrawsTheTrendOfAnyCategoryAskedFor() {
        CliTest.Result r = CliTest.run("charts", "--category", "burglary", "--list");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("trend-burglary\tBurglary by month, 2025/26 (to Dec 2025) vs 2024/25\n"), r.out());
        assertFalse(r.out().contains("trend-all-crime"), r.out());
        CliTest.Result unknown = CliTest.run("charts", "--category", "Arson", "--list");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("cspstat: unknown category or group 'Arson': expected one of All crime, "),
                unknown.err());
    }
}
