package org.cspstat.report;

import java.util.List;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Builds a text-only Tablesaw table from column names and cells, for sections whose analyses give cells. */
final class SimpleTables {
    private SimpleTables() {
    }

    static Table of(String name, List<String> columns, List<List<String>> cells) {
        Table t = Table.create(name);
        for (int c = 0; c < columns.size(); c++) {
            int index = c;
            t.addColumns(StringColumn.create(columns.get(c), cells.stream().map(r -> r.get(index))));
        }
        return t;
    }

    static ReportTable table(String name, String caption, List<String> displayNames, List<List<String>> display,
            List<String> dataNames, List<List<String>> data) {
        return new ReportTable(name, caption, of(caption, displayNames, display), of(name, dataNames, data));
    }
}
