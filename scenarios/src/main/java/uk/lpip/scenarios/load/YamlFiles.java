package uk.lpip.scenarios.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.lpip.scenarios.yaml.Location;
import uk.lpip.scenarios.yaml.Node;
import uk.lpip.scenarios.yaml.Utf8;
import uk.lpip.scenarios.yaml.YamlReader;

/**
 * Reads the YAML files that sit beside scenarios (experiments, comparisons, calibration targets):
 * a file too large, unreadable or not YAML is one problem at its location, as a scenario's would be.
 */
public final class YamlFiles {
    /** A file's text and its YAML tree. */
    public record Read(String text, Node root) { }

    private YamlFiles() {
    }

    /** Bytes read from somewhere other than a file (a bundled resource), checked as a file's would be. */
    public static Read read(String name, byte[] bytes) throws ScenarioException {
        Problems problems = new Problems();
        try {
            String text = Utf8.decode(name, bytes);
            return new Read(text, YamlReader.read(name, text));
        } catch (YamlReader.YamlException e) {
            problems.add(e.location(), "", e.getMessage());
        }
        throw new ScenarioException(problems.sorted());
    }

    public static Read read(Path file) throws ScenarioException {
        String name = file.toString();
        Problems problems = new Problems();
        try {
            if (Files.size(file) > ScenarioLoader.MAX_FILE_BYTES) {
                problems.add(new Location(name, 1, 1), "", "the file is larger than " + ScenarioLoader.MAX_FILE_BYTES + " bytes");
                throw new ScenarioException(problems.sorted());
            }
            String text = Utf8.decode(name, Files.readAllBytes(file));
            return new Read(text, YamlReader.read(name, text));
        } catch (IOException e) {
            problems.add(new Location(name, 1, 1), "", "cannot read the file: " + e.getMessage());
        } catch (YamlReader.YamlException e) {
            problems.add(e.location(), "", e.getMessage());
        }
        throw new ScenarioException(problems.sorted());
    }
}
