package io.github.hrindicators.core;

import java.util.Iterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Property checks: one test runs a property over every generated case, and a failure names the case that broke it
 * (its arguments, in order), so that it can be rerun by hand. The cases are seeded, so a run is repeatable.
 */
public final class Properties {
    private Properties() {
    }

    /**
     * Checks a property for every case.
     *
     * @param cases the generated cases, as arguments or single values
     * @param property the check of one case, given the case's arguments
     */
    public static void forAll(Stream<?> cases, Consumer<Object[]> property) {
        int k = 0;
        for (Iterator<?> it = cases.iterator(); it.hasNext(); k++) {
            Object c = it.next();
            Object[] args = c instanceof Arguments a ? a.get() : new Object[] {c};
            try {
                property.accept(args);
            } catch (AssertionError e) {
                throw new AssertionError("Property fails for case " + k + " " + java.util.Arrays.toString(args)
                        + ": " + e.getMessage(), e);
            }
        }
    }
}
