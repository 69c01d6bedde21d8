package org.cspstat.format;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A small immutable table: a name and named, typed columns of equal length. It is what every
 * table output reads ({@link TableFormat} for text, CSV and Markdown; the pack's HTML, Word and
 * Excel writers): a column's {@link Column.Kind} says whether its cells are text, whole numbers,
 * decimals or flags. Nothing in it can change: the methods that "change" a table return a new one.
 *
 * @param name the table's name
 * @param columns the columns, left to right, all of the same length, with distinct names
 */
public record Table(String name, List<Column> columns) {
    /**
     * Validates and copies the columns.
     *
     * @param name the table's name
     * @param columns the columns
     * @throws IllegalArgumentException when the columns differ in length or two share a name
     */
    public Table {
        requireNonNull(name, "name must not be null");
        columns = List.copyOf(requireNonNull(columns, "columns must not be null"));
        Set<String> names = new HashSet<>();
        for (Column c : columns) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("table '" + name + "': two columns named '" + c.name() + "'");
            }
            if (c.size() != columns.get(0).size()) {
                throw new IllegalArgumentException("table '" + name + "': column '" + c.name() + "' has " + c.size()
                        + " rows, column '" + columns.get(0).name() + "' " + columns.get(0).size());
            }
        }
    }

    /**
     * @param name the table's name
     * @param columns the columns, left to right
     * @return the table
     */
    public static Table of(String name, Column... columns) {
        return new Table(name, List.of(columns));
    }

    /** @return the number of rows (0 for a table without columns) */
    public int rowCount() {
        return columns.isEmpty() ? 0 : columns.get(0).size();
    }

    /** @return the number of columns */
    public int columnCount() {
        return columns.size();
    }

    /**
     * @param index the column's index, from 0
     * @return the column
     */
    public Column column(int index) {
        return columns.get(index);
    }

    /**
     * @param columnName a column's name
     * @return the column
     * @throws IllegalArgumentException naming the columns there are, when there is none of that name
     */
    public Column column(String columnName) {
        return columns.get(indexOf(columnName));
    }

    /** @return the columns' names, left to right */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /**
     * The cells as text, as {@link Column#text(int)} shows them: what CSV and plain text print.
     *
     * @return one list of cells per row, in column order
     */
    public List<List<String>> cells() {
        List<List<String>> rows = new ArrayList<>(rowCount());
        for (int r = 0; r < rowCount(); r++) {
            List<String> row = new ArrayList<>(columns.size());
            for (Column c : columns) {
                row.add(c.text(r));
            }
            rows.add(List.copyOf(row));
        }
        return List.copyOf(rows);
    }

    /**
     * @param index where the column goes, from 0 to {@link #columnCount()}
     * @param column the column
     * @return a new table with the column inserted
     */
    public Table withColumn(int index, Column column) {
        List<Column> out = new ArrayList<>(columns);
        out.add(index, column);
        return new Table(name, out);
    }

    /**
     * @param column a column named as one of this table's
     * @return a new table with that column in place of the one of its name
     */
    public Table replacing(Column column) {
        List<Column> out = new ArrayList<>(columns);
        out.set(indexOf(column.name()), column);
        return new Table(name, out);
    }

    /**
     * @param columnName a column's name
     * @return a new table without that column
     */
    public Table without(String columnName) {
        List<Column> out = new ArrayList<>(columns);
        out.remove(indexOf(columnName));
        return new Table(name, out);
    }

    private int indexOf(String columnName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(columnName)) {
                return i;
            }
        }
        throw new IllegalArgumentException("table '" + name + "' has no column '" + columnName + "': it has "
                + String.join(", ", columnNames()));
    }
}
