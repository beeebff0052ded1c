package uk.lpip.runs.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.lpip.runs.output.AtomicFiles;
import uk.lpip.runs.output.Manifest;

/**
 * Parquet copies of the tables, written with DuckDB ({@code COPY … TO … (FORMAT parquet)}) on one
 * thread, so the same tables give the same bytes: each table under a temporary name, synced and
 * renamed into place (a Parquet file that exists is complete). Columns are typed as DuckDB reads
 * the CSV (integers, doubles, text).
 */
public final class Parquet {
    private Parquet() {
    }

    /** A table to write: its file name (e.g. {@code effects.parquet}) and the query that gives its rows. */
    public record Table(String name, String query) { }

    /** Every CSV in {@code csvNames} that exists in {@code dir}, as {@code <name>.parquet} beside it, listed in {@code outputs}. */
    public static void besideCsvs(Path dir, List<String> csvNames, Map<String, Object> outputs) throws IOException {
        List<Table> tables = csvNames.stream().filter(n -> nonEmpty(dir.resolve(n)))
                .map(n -> new Table(n.replaceFirst("\\.csv$", ".parquet"), "SELECT * FROM " + csv(dir.resolve(n)))).toList();
        write(dir, tables, outputs);
    }

    /** Writes each table into {@code dir} and lists it (SHA-256 and size) in {@code outputs}. */
    public static void write(Path dir, List<Table> tables, Map<String, Object> outputs) throws IOException {
        if (tables.isEmpty()) {
            return;
        }
        try {
            Class.forName("org.duckdb.DuckDBDriver");
        } catch (ClassNotFoundException e) {
            throw new IOException("the DuckDB driver is missing from the build", e);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("SET threads = 1");
            st.execute("SET preserve_insertion_order = true");
            for (Table t : tables) {
                Path target = dir.resolve(t.name());
                Path temporary = dir.resolve(".tmp-" + UUID.randomUUID() + "-" + t.name());
                try {
                    st.execute("COPY (" + t.query() + ") TO " + quote(temporary) + " (FORMAT parquet, COMPRESSION zstd)");
                    try (FileChannel ch = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                        ch.force(true);   // the bytes are on disk before the name points at them
                    }
                    AtomicFiles.move(temporary, target);
                } finally {
                    Files.deleteIfExists(temporary);
                }
                if (outputs != null) {
                    outputs.put(t.name(), Manifest.entry(target, AtomicFiles.sha256(target)));
                }
            }
        } catch (SQLException e) {
            throw new IOException("cannot write Parquet into " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A read_csv of one file as lpip writes it (header, typed by DuckDB). */
    public static String csv(Path file) {
        return "read_csv(" + quote(file) + ", header = true, auto_detect = true)";
    }

    /** A read_csv of several files of one kind, by column name. */
    public static String csv(List<Path> files) {
        StringBuilder b = new StringBuilder("read_csv([");
        for (int i = 0; i < files.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(quote(files.get(i)));
        }
        return b.append("], header = true, auto_detect = true, union_by_name = true)").toString();
    }

    static String quote(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    private static boolean nonEmpty(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return false;
            }
            try (java.io.BufferedReader in = Files.newBufferedReader(file)) {
                return in.readLine() != null && in.readLine() != null;   // a header and at least one row
            }
        } catch (IOException e) {
            return false;
        }
    }
}
