package example;

import java.nio.file.Path;
import java.util.Locale;
import org.cspstat.compare.Comparison;
import org.cspstat.compare.ComparisonResult;
import org.cspstat.geo.BritishNationalGrid;
import org.cspstat.geo.EastingNorthing;
import org.cspstat.geo.Polygons;
import org.cspstat.io.Dataset;
import org.cspstat.io.LoadOptions;
import org.cspstat.io.Loader;
import org.cspstat.json.CspstatJson;
import org.cspstat.report.ReportBuilder;
import org.cspstat.report.ReportPack;

/**
 * Run by ModulePathIT on the module path and on the class path: the two outputs must be the same
 * but for the first line. Touches each library core requires: FastCSV (category groups), proj4j
 * and its EPSG resources (the grid), JTS and Jackson's parser (a GeoJSON boundary file), Commons
 * Math (the exact tests), Jackson's databind (the JSON of a result with a serializer of its own and
 * of a record serialised by its components), and core's own resources (the sample).
 */
public class Main {
    public static void main(String[] args) {
        Module core = Dataset.class.getModule();
        System.out.println("module " + core.getName() + " internal exported: "
                + core.isExported("org.cspstat.count.internal") + " " + core.isExported("org.cspstat.io.internal"));
        Dataset data = Loader.load(LoadOptions.builder().sample().build());
        ComparisonResult result = Comparison.of(data).current(Comparison.latestYearToDate(data.counts())).run();
        System.out.println(result.title());
        result.rows().forEach(row -> System.out.printf(Locale.ROOT, "%s\t%d\t%d\t%s\t%.6f%n",
                row.category(), row.current(), row.previous(), row.verdict().words(), row.pValue()));
        EastingNorthing grid = BritishNationalGrid.toGrid(-0.2, 51.9);
        System.out.printf(Locale.ROOT, "grid %.1f %.1f%n", grid.easting(), grid.northing());
        System.out.println("wards " + Polygons.read(Path.of(args[0])).regions().size());
        String json = CspstatJson.write(result);
        System.out.println("json " + json.length() + " " + json.substring(0, 40));
        System.out.println("quality " + CspstatJson.write(data.quality()).substring(0, 60));
        ReportPack pack = ReportBuilder.of(data).build();
        System.out.println("pack " + pack.title() + ": " + pack.sections().size() + " sections, "
                + pack.tables().size() + " tables");
    }
}
