package uk.lpip.runs.output;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads back a CSV table lpip wrote, with Apache Commons CSV (RFC 4180: quoted fields may hold
 * commas, doubled quotes and line breaks). Blank lines are skipped.
 */
public record CsvRows(List<String> header, List<String[]> rows) {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /** The table in {@code file}; empty (no header, no rows) if the file is absent. */
    public static CsvRows read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new CsvRows(List.of(), List.of());
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        }
    }

    /** The table in {@code in}. */
    public static CsvRows read(Reader in) throws IOException {
        List<String> header = null;
        List<String[]> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
            for (CSVRecord r : parser) {
                if (header == null) {
                    header = List.of(r.values());
                } else {
                    rows.add(r.values());
                }
            }
        }
        return header == null ? new CsvRows(List.of(), List.of()) : new CsvRows(header, rows);
    }

    /** The index of a column, or -1. */
    public int column(String name) {
        return header.indexOf(name);
    }
}
