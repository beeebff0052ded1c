package uk.lpip.viz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each local authority sits on a hex map: the Open Innovations hex layout of the UK's 361
 * local authority districts (2023 boundaries, HexJSON "odd-r": odd rows are shifted half a hex to
 * the right, rows count upwards), bundled with its MIT licence beside it in the resources. A place
 * whose councils do not all carry a code from that layout gets a schematic layout instead: its
 * councils in a compact block, in the order the scenario lists them, marked as schematic so the
 * map says it is not geography.
 */
public final class HexLayout {
    /** One hex: the council's code (ONS/GSS or the scenario's id), its name and its column and row. */
    public record Hex(String code, String name, int q, int r) {
        /** Whether the row is shifted half a hex to the right (odd rows in an odd-r layout). */
        boolean shifted() {
            return Math.floorMod(r, 2) == 1;
        }
    }

    /** A council to place: its code (may be null when the scenario gives none) and its name. */
    public record Area(String code, String name) { }

    static final String RESOURCE = "/uk/lpip/viz/hexmap/uk-local-authority-districts-2023.hexjson";
    private static HexLayout uk;

    private final Map<String, Hex> hexes;
    private final boolean schematic;

    private HexLayout(Map<String, Hex> hexes, boolean schematic) {
        this.hexes = hexes;
        this.schematic = schematic;
    }

    /** The bundled layout of the UK's local authority districts, keyed by ONS/GSS code. */
    public static synchronized HexLayout ukLocalAuthorities() {
        if (uk == null) {
            uk = new HexLayout(read(), false);
        }
        return uk;
    }

    /**
     * The layout for a place's councils: the UK layout when every council has a code in it, a
     * schematic block otherwise (keyed by the code if given, else the name).
     */
    public static HexLayout forAreas(List<Area> areas) {
        HexLayout layout = ukLocalAuthorities();
        boolean allKnown = !areas.isEmpty();
        for (Area a : areas) {
            allKnown &= a.code() != null && layout.hexes.containsKey(a.code());
        }
        if (allKnown) {
            return layout;
        }
        int width = (int) Math.ceil(Math.sqrt(areas.size()));
        Map<String, Hex> block = new LinkedHashMap<>();
        int rows = (areas.size() + width - 1) / Math.max(1, width);
        for (int i = 0; i < areas.size(); i++) {
            Area a = areas.get(i);
            String key = a.code() != null ? a.code() : a.name();
            block.put(key, new Hex(key, a.name(), i % width, rows - 1 - i / width));
        }
        return new HexLayout(block, true);
    }

    public Optional<Hex> hex(String code) {
        return Optional.ofNullable(code == null ? null : hexes.get(code));
    }

    /** Every hex of the layout, in the layout's order. */
    public List<Hex> hexes() {
        return new ArrayList<>(hexes.values());
    }

    /** Whether this is a schematic block rather than the geographic UK layout. */
    public boolean schematic() {
        return schematic;
    }

    private static Map<String, Hex> read() {
        try (InputStream in = HexLayout.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the hex layout " + RESOURCE + " is missing from the build");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            if (!"odd-r".equals(root.path("layout").asText())) {
                throw new IllegalStateException("the hex layout is not odd-r: " + root.path("layout").asText());
            }
            Map<String, Hex> out = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = root.path("hexes").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode h = e.getValue();
                out.put(e.getKey(), new Hex(e.getKey(), h.path("n").asText(), h.path("q").asInt(), h.path("r").asInt()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the hex layout " + RESOURCE, e);
        }
    }
}
