package uk.lpip.runs.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every complete run and sweep under a results directory, queryable with SQL, read-only. The
 * store is the files themselves — tidy CSV and JSON manifests written atomically — so it can
 * never disagree with them or be left half-updated by a killed run. For each query an in-memory
 * DuckDB loads the tables the query names:
 * <ul>
 *   <li>{@code timeseries}, {@code water}, {@code effects}, {@code summary}, {@code appraisal},
 *       {@code additionality}, {@code compare}, {@code points}: every file of that name, with a
 *       {@code path} column naming the file;</li>
 *   <li>{@code manifests}: every manifest.json (runs of {@code lpip run} and of sweeps).</li>
 * </ul>
 * Only complete results count: a run directory without its manifest.json (unfinished or killed)
 * and the tables of a sweep without its sweep.json are left out.
 *
 * <p>Then the database is shut off from everything else: external access off (no file read or
 * written, no database attached, no extension installed or loaded), extension autoloading off and
 * the configuration locked, so the query cannot turn them back on. DuckDB 1.1 refuses to scan
 * files once external access is off, even through a view, which is why the tables are loaded
 * first. Only one statement, and only a query (SELECT, WITH, FROM, VALUES, DESCRIBE, SUMMARIZE,
 * SHOW), is run; anything else is refused before it runs. Files of one name but different columns
 * (an {@code lpip run}'s effects and a sweep's) are read by column name; missing columns are null.
 */
public final class ResultStore implements AutoCloseable {
    /** View name → file name. */
    public static final Map<String, String> TABLES = tables();

    /** A query the store will not run: several statements, or a statement that is not a query. */
    public static final class RefusedQuery extends SQLException {
        RefusedQuery(String message) {
            super(message);
        }
    }

    /** DuckDB settings that make the store read-only once its tables are loaded; the lock comes last. */
    static final List<String> LOCKDOWN = List.of(
            "SET enable_external_access = false",
            "SET autoinstall_known_extensions = false",
            "SET autoload_known_extensions = false",
            "SET allow_community_extensions = false",
            "SET lock_configuration = true");

    private final Connection connection;
    private final Path results;
    private final boolean rebuild;
    private boolean built;
    private final Map<String, List<String>> sources = new LinkedHashMap<>();
    private boolean used;

    private static Map<String, String> tables() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String t : List.of("timeseries", "water", "effects", "summary", "appraisal", "additionality", "compare", "points")) {
            m.put(t, t + ".csv");
        }
        m.put("manifests", "manifest.json");
        return m;
    }

    public ResultStore(Path results) throws SQLException, IOException {
        this(results, false);
    }

    /**
     * The store of {@code results}, served from its {@link Catalogue} (built before the first query
     * when missing or stale, or always with {@code rebuild}) when the directory can hold one, else
     * loaded into memory for the query.
     */
    public ResultStore(Path results, boolean rebuild) throws SQLException, IOException {
        this.results = results;
        this.rebuild = rebuild;
        try {
            Class.forName("org.duckdb.DuckDBDriver");
        } catch (ClassNotFoundException e) {
            throw new SQLException("the DuckDB driver is missing from the build", e);
        }
        Map<String, List<String>> files = find(results);
        for (Map.Entry<String, String> t : TABLES.entrySet()) {
            List<String> found = files.getOrDefault(t.getValue(), List.of());
            if (!found.isEmpty()) {
                sources.put(t.getKey(), found);
            }
        }
        connection = DriverManager.getConnection("jdbc:duckdb:");
    }

    /** The views this results directory has. */
    public List<String> views() {
        return List.copyOf(sources.keySet());
    }

    /** The files behind a view (complete results only), for tests and messages. */
    public List<String> files(String view) {
        return sources.getOrDefault(view, List.of());
    }

    /**
     * Runs one query and returns its header and rows as text. A store runs one query: after it,
     * it can read no more files.
     *
     * @throws RefusedQuery if {@code sql} is not exactly one query statement
     */
    public List<List<String>> query(String sql) throws SQLException {
        if (used) {
            throw new IllegalStateException("a result store runs one query; open another for the next");
        }
        used = true;
        checkOneQuery(sql);
        if (Catalogue.possible(results)) {
            Map<String, String> scans = new LinkedHashMap<>();
            sources.forEach((view, files) -> scans.put(view, scan(view, files)));
            try {
                built = Catalogue.ensure(results, sources, scans, rebuild);
            } catch (IOException e) {
                throw new SQLException("cannot write the catalogue " + results.resolve(Catalogue.FILE) + ": " + e.getMessage(), e);
            }
            try (Connection catalogue = Catalogue.open(results)) {
                return run(catalogue, sql);
            }
        }
        try (Statement st = connection.createStatement()) {
            for (Map.Entry<String, List<String>> s : sources.entrySet()) {
                if (names(sql, s.getKey())) {
                    st.execute("CREATE TABLE " + s.getKey() + " AS " + scan(s.getKey(), s.getValue()));
                }
            }
        }
        return run(connection, sql);
    }

    /** Whether the last query built the catalogue (it was missing, stale or a rebuild was asked for). */
    public boolean builtCatalogue() {
        return built;
    }

    /** Shuts the connection off from everything but its tables, then runs the query. */
    private static List<List<String>> run(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String setting : LOCKDOWN) {
                st.execute(setting);
            }
        }
        List<List<String>> out = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            List<String> header = new ArrayList<>();
            for (int c = 1; c <= md.getColumnCount(); c++) {
                header.add(md.getColumnLabel(c));
            }
            out.add(header);
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int c = 1; c <= md.getColumnCount(); c++) {
                    Object v = rs.getObject(c);
                    row.add(v == null ? "" : v.toString());
                }
                out.add(row);
            }
        }
        return out;
    }

    /**
     * Refuses anything but a single query, using DuckDB's own parser (json_serialize_sql, which
     * serialises only SELECT-like statements): nothing of a refused text is run.
     */
    private void checkOneQuery(String sql) throws SQLException {
        String error;
        String errorType;
        long statements;
        try (PreparedStatement p = connection.prepareStatement("SELECT json_extract_string(s, '$.error'), "
                + "json_extract_string(s, '$.error_type'), json_extract_string(s, '$.error_message'), "
                + "coalesce(json_array_length(s, '$.statements'), 0) FROM (SELECT json_serialize_sql(?::VARCHAR) AS s)")) {
            p.setString(1, sql);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                error = rs.getString(1);
                errorType = rs.getString(2);
                String message = rs.getString(3);
                statements = rs.getLong(4);
                if ("true".equals(error) && "parser".equals(errorType)) {
                    throw new SQLException("Parser Error: " + message);
                }
            }
        }
        if ("true".equals(error)) {
            throw new RefusedQuery("only a query can run (SELECT, WITH, FROM, VALUES, DESCRIBE, SUMMARIZE or SHOW), "
                    + "one statement at a time: the store is read-only, so COPY, INSTALL, LOAD, ATTACH, SET, PRAGMA, "
                    + "CREATE, INSERT and the like are refused");
        }
        if (statements == 0) {
            throw new RefusedQuery("no SQL statement given");
        }
        if (statements > 1) {
            throw new RefusedQuery(String.format(Locale.ROOT, "one statement at a time: found %d; run them one by one "
                    + "(or combine them with UNION ALL or a join)", statements));
        }
    }

    /** Whether the query mentions a table's name as a word (loading a table it does not use costs only time). */
    private static boolean names(String sql, String table) {
        return Pattern.compile("(?i)(?<![A-Za-z0-9_])" + table + "(?![A-Za-z0-9_])").matcher(sql).find();
    }

    private static String scan(String table, List<String> paths) {
        return table.equals("manifests")
                ? "SELECT * FROM read_json(" + list(paths) + ", union_by_name = true, filename = 'path', maximum_depth = 2)"
                : "SELECT * FROM read_csv(" + list(paths) + ", header = true, union_by_name = true, filename = 'path', "
                        + "auto_detect = true)";
    }

    /**
     * Files by name under the results directory, complete results only: skipped are runs still
     * being written (temporary names), run directories without manifest.json and the tables of a
     * sweep (a directory with experiment.yaml) without sweep.json.
     */
    private static Map<String, List<String>> find(Path results) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (!Files.isDirectory(results)) {
            return out;
        }
        Map<Path, Boolean> complete = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(results)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                if (p.toString().contains("/.tmp-") || p.getFileName().toString().startsWith(".")) {
                    continue;
                }
                String name = p.getFileName().toString();
                if (!TABLES.containsValue(name) || !complete.computeIfAbsent(p.getParent(), ResultStore::complete)) {
                    continue;
                }
                out.computeIfAbsent(name, k -> new ArrayList<>()).add(p.toString());
            }
        }
        return out;
    }

    /** Whether a directory holding tables is complete: a finished sweep, a comparison or a run with its manifest. */
    private static boolean complete(Path dir) {
        if (Files.isRegularFile(dir.resolve("experiment.yaml"))) {
            return Files.isRegularFile(dir.resolve("sweep.json"));
        }
        return Files.isRegularFile(dir.resolve("comparison.yaml")) || Files.isRegularFile(dir.resolve("manifest.json"));
    }

    private static String list(List<String> paths) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < paths.size(); i++) {
            b.append(i == 0 ? "" : ", ").append('\'').append(paths.get(i).replace("'", "''")).append('\'');
        }
        return b.append(']').toString();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
