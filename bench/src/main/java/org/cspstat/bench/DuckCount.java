package org.cspstat.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The anchor of the benchmark, run in its own JVM: DuckDB (JDBC, in-memory) counts a police.uk
 * file or folder by crime type and month, the query a national analyst would otherwise write.
 * Prints the number of groups and of rows so a run can be checked against cspstat.
 *
 * <pre>
 * java -cp ... org.cspstat.bench.DuckCount PATH [THREADS]
 * </pre>
 */
public final class DuckCount {
    private DuckCount() {
    }

    /**
     * Runs the query.
     *
     * @param args the CSV file or folder of monthly folders, then optionally the thread count
     *     ({@code SET threads=N}); default DuckDB's own (all cores)
     * @throws SQLException when DuckDB fails
     */
    public static void main(String[] args) throws SQLException {
        Path path = Path.of(args[0]);
        String glob = Files.isDirectory(path) ? path.resolve("*").resolve("*.csv").toString() : path.toString();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            if (args.length > 1) {
                s.execute("SET threads=" + Integer.parseInt(args[1]));
            }
            long groups = 0;
            long rows = 0;
            try (ResultSet r = s.executeQuery("SELECT \"Crime type\", Month, count(*) AS n FROM read_csv_auto('"
                    + glob.replace("'", "''") + "') GROUP BY ALL")) {
                while (r.next()) {
                    groups++;
                    rows += r.getLong(3);
                }
            }
            System.out.println(groups + " groups, " + rows + " rows");
        }
    }
}
