package uk.lpip.runs.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads back the simple CSV tables lpip itself writes (fields never contain commas; text may be
 * in double quotes, which are dropped). Not a general CSV reader.
 */
public record CsvRows(List<String> header, List<String[]> rows) {
    /** The table in {@code file}; empty (no header, no rows) if the file is absent. */
    public static CsvRows read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new CsvRows(List.of(), List.of());
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return new CsvRows(List.of(), List.of());
        }
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isEmpty()) {
                rows.add(fields(line));
            }
        }
        return new CsvRows(List.of(fields(lines.get(0))), rows);
    }

    /** The index of a column, or -1. */
    public int column(String name) {
        return header.indexOf(name);
    }

    private static String[] fields(String line) {
        String[] f = line.split(",", -1);
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].replace("\"", "");
        }
        return f;
    }
}
