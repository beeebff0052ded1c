package uk.lpip.runs.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import uk.lpip.runs.output.AtomicFiles;

/**
 * The persistent DuckDB catalogue of a results directory, {@code catalogue.duckdb}: one table per
 * kind of file (as {@link ResultStore} lists them) holding every complete result's rows, and
 * {@code catalogue_files} naming each file it was built from with its size and modification time.
 * It is built when missing, when the complete files under the directory are no longer those it was
 * built from (a run finished, a sweep completed, a file changed), or on demand; always into a
 * temporary file beside it that is checkpointed, synced and renamed into place, so a reader sees
 * the old catalogue or the new one, never half of one. Queries open it read-only.
 */
public final class Catalogue {
    public static final String FILE = "catalogue.duckdb";

    /** One source file as the catalogue knows it. */
    record Stamp(String path, long bytes, long modified) { }

    private Catalogue() {
    }

    /** Whether a catalogue can live in {@code results} (an existing, writable directory). */
    static boolean possible(Path results) {
        return Files.isDirectory(results) && Files.isWritable(results);
    }

    /** The catalogue of {@code sources}, built first if missing, stale or {@code rebuild}; returns whether it was built. */
    static boolean ensure(Path results, Map<String, List<String>> sources, Map<String, String> scans, boolean rebuild)
            throws IOException, SQLException {
        Path file = results.resolve(FILE);
        List<Stamp> stamps = stamps(sources);
        if (!rebuild && Files.isRegularFile(file) && stamps.equals(recorded(file))) {
            return false;
        }
        build(results, file, scans, stamps);
        return true;
    }

    /** A read-only connection to the catalogue in {@code results}. */
    static Connection open(Path results) throws SQLException {
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + results.resolve(FILE).toAbsolutePath(), p);
    }

    private static void build(Path results, Path file, Map<String, String> scans, List<Stamp> stamps)
            throws IOException, SQLException {
        Path temporary = results.resolve(".catalogue-" + UUID.randomUUID() + ".duckdb");
        try {
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + temporary.toAbsolutePath());
                 Statement st = c.createStatement()) {
                st.execute("SET threads = 1");
                for (Map.Entry<String, String> s : scans.entrySet()) {
                    st.execute("CREATE TABLE " + s.getKey() + " AS " + s.getValue());
                }
                st.execute("CREATE TABLE catalogue_files (path VARCHAR, bytes BIGINT, modified_ms BIGINT)");
                try (PreparedStatement ins = c.prepareStatement("INSERT INTO catalogue_files VALUES (?, ?, ?)")) {
                    for (Stamp s : stamps) {
                        ins.setString(1, s.path());
                        ins.setLong(2, s.bytes());
                        ins.setLong(3, s.modified());
                        ins.addBatch();
                    }
                    ins.executeBatch();
                }
                st.execute("CHECKPOINT");
            }
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(temporary,
                    java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            AtomicFiles.move(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
            Files.deleteIfExists(Path.of(temporary + ".wal"));
        }
    }

    private static List<Stamp> stamps(Map<String, List<String>> sources) throws IOException {
        List<Stamp> out = new ArrayList<>();
        for (List<String> files : sources.values()) {
            for (String f : files) {
                Path p = Path.of(f);
                out.add(new Stamp(f, Files.size(p), Files.getLastModifiedTime(p).toMillis()));
            }
        }
        out.sort(java.util.Comparator.comparing(Stamp::path));
        return out;
    }

    /** The files a catalogue was built from; empty if it cannot be read (then it is built again). */
    private static List<Stamp> recorded(Path file) {
        List<Stamp> out = new ArrayList<>();
        try (Connection c = open(file.getParent());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT path, bytes, modified_ms FROM catalogue_files ORDER BY path")) {
            while (rs.next()) {
                out.add(new Stamp(rs.getString(1), rs.getLong(2), rs.getLong(3)));
            }
        } catch (SQLException e) {
            return List.of(new Stamp("(unreadable)", -1, -1));
        }
        out.sort(java.util.Comparator.comparing(Stamp::path));
        return out;
    }
}
