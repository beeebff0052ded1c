package uk.lpip.sim.engine;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks what belongs to one arm of a run rather than to the simulated state that arms share before
 * their interventions start: a field that {@link StateCopy} leaves as the receiving model built it
 * (an arm's interventions and its observers, a catchment's intervention measures), or a type whose
 * instances it never copies (worker threads, the interventions step).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE})
public @interface BranchLocal {
}
