package uk.lpip.runs.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every run and sweep under a results directory, queryable with SQL. The store is the files
 * themselves — tidy CSV and JSON manifests written atomically — so it can never disagree with
 * them or be left half-updated by a killed run; an in-memory DuckDB opens views over them on
 * each query:
 * <ul>
 *   <li>{@code timeseries}, {@code water}, {@code effects}, {@code summary}, {@code appraisal},
 *       {@code additionality}, {@code compare}, {@code points}: every file of that name, with a
 *       {@code path} column naming the file;</li>
 *   <li>{@code manifests}: every manifest.json (runs of {@code lpip run} and of sweeps).</li>
 * </ul>
 * Files of one name but different columns (an {@code lpip run}'s effects and a sweep's) are read
 * by column name; missing columns are null.
 */
public final class ResultStore implements AutoCloseable {
    /** View name → file name. */
    public static final Map<String, String> TABLES = tables();

    private final Connection connection;
    private final List<String> views = new ArrayList<>();

    private static Map<String, String> tables() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String t : List.of("timeseries", "water", "effects", "summary", "appraisal", "additionality", "compare", "points")) {
            m.put(t, t + ".csv");
        }
        return m;
    }

    public ResultStore(Path results) throws SQLException, IOException {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
        } catch (ClassNotFoundException e) {
            throw new SQLException("the DuckDB driver is missing from the build", e);
        }
        connection = DriverManager.getConnection("jdbc:duckdb:");
        Map<String, List<String>> files = find(results);
        try (Statement st = connection.createStatement()) {
            for (Map.Entry<String, String> t : TABLES.entrySet()) {
                List<String> found = files.getOrDefault(t.getValue(), List.of());
                if (!found.isEmpty()) {
                    st.execute("CREATE VIEW " + t.getKey() + " AS SELECT * FROM read_csv(" + list(found)
                            + ", header = true, union_by_name = true, filename = 'path', auto_detect = true)");
                    views.add(t.getKey());
                }
            }
            List<String> manifests = files.getOrDefault("manifest.json", List.of());
            if (!manifests.isEmpty()) {
                st.execute("CREATE VIEW manifests AS SELECT * FROM read_json(" + list(manifests)
                        + ", union_by_name = true, filename = 'path', maximum_depth = 2)");
                views.add("manifests");
            }
        }
    }

    /** The views this results directory has. */
    public List<String> views() {
        return List.copyOf(views);
    }

    /** Runs a query and returns its header and rows as text. */
    public List<List<String>> query(String sql) throws SQLException {
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

    /** Files by name under the results directory, skipping runs still being written. */
    private static Map<String, List<String>> find(Path results) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (!Files.isDirectory(results)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(results)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                if (p.toString().contains("/.tmp-") || p.getFileName().toString().startsWith(".")) {
                    continue;
                }
                out.computeIfAbsent(p.getFileName().toString(), k -> new ArrayList<>()).add(p.toString());
            }
        }
        return out;
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
