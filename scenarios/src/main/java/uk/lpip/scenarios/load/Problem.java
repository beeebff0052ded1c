package uk.lpip.scenarios.load;

import uk.lpip.scenarios.yaml.Location;

/** One thing wrong with a scenario: where, at which key path, and what was found and expected. */
public record Problem(Location location, String path, String message) {
    @Override
    public String toString() {
        return location + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
