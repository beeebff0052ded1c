package uk.lpip.scenarios.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.lpip.scenarios.yaml.Location;
import uk.lpip.scenarios.yaml.Node;
import uk.lpip.scenarios.yaml.Node.ListNode;
import uk.lpip.scenarios.yaml.Node.MapNode;

/** Finds where a path such as {@code region.zones[2].council} is in a file, for problem messages. */
public final class NodePaths {
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]");

    private NodePaths() {
    }

    /** The location of the node a path names, or of its nearest existing parent. */
    public static Location locate(Node root, String path) {
        Node node = root;
        Location best = root.location();
        for (String part : path.split("\\.")) {
            String key = part.contains("[") ? part.substring(0, part.indexOf('[')) : part;
            if (!(node instanceof MapNode map) || map.get(key) == null) {
                return best;
            }
            node = map.get(key);
            best = node.location();
            Matcher idx = INDEX.matcher(part);
            while (idx.find()) {
                if (idx.group(1).length() > 9) {
                    return best;
                }
                int i = Integer.parseInt(idx.group(1));
                if (!(node instanceof ListNode list) || i >= list.items().size()) {
                    return best;
                }
                node = list.items().get(i);
                best = node.location();
            }
        }
        return best;
    }
}
