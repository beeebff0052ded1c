package uk.lpip.scenarios.load;

import java.util.List;

/** A scenario that cannot be used, with every problem found in it. */
public final class ScenarioException extends Exception {
    private final List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the scenario");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
