package io.github.hrindicators.core;

/**
 * The citation of a figure's public source: author or publisher, title, date and, where there is one, an address,
 * as one line of text ("Liberman et al. 2024 Glob Health Econ Sustain 2(4) Table 1 doi:10.36922/ghes.2536").
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Source {
    private final String citation;

    private Source(String citation) {
        this.citation = citation;
    }

    /**
     * Obtains a source.
     *
     * @param citation the citation, not blank; surrounding white space is removed
     * @return the source
     * @throws IllegalArgumentException if the citation is blank
     * @throws NullPointerException if the citation is null
     */
    public static Source of(String citation) {
        return new Source(Checks.nonBlank(citation, "Source citation"));
    }

    /**
     * The citation.
     *
     * @return the citation
     */
    public String citation() {
        return citation;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Source other && other.citation.equals(citation);
    }

    @Override
    public int hashCode() {
        return citation.hashCode();
    }

    @Override
    public String toString() {
        return citation;
    }
}
