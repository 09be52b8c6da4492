package io.github.hrindicators.cli;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Observation;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Which areas and years a command computes: by default every area of the file and every year its figures cover. */
final class Selection {
    @Option(names = "--area", paramLabel = "NAME",
            description = "compute for this area only, given by its name or code (by default, every area of the file)")
    Optional<String> area = Optional.empty();

    @Option(names = "--year", paramLabel = "YEAR[-YEAR]", converter = YearsConverter.class,
            description = "compute for this year, such as 2016, or these years, such as 2010-2016 (by default, "
                    + "every year the figures cover)")
    Optional<Years> years = Optional.empty();

    /** A span of years, from and to inclusive. */
    record Years(int from, int to) {
    }

    /**
     * The areas to compute.
     *
     * @param data the figures
     * @param file the file's name, for the message
     * @return the areas
     *
     * @throws Hri.Failure with status 2 when the file has no figure for the area asked
     */
    List<Area> areas(Dataset data, String file) {
        if (area.isEmpty()) {
            return List.copyOf(data.areas());
        }
        String asked = java.text.Normalizer.normalize(area.get().strip(), java.text.Normalizer.Form.NFC);
        Optional<Area> found = data.areas().stream()
                .filter(a -> a.name().equals(asked) || a.code().filter(asked::equals).isPresent()).findFirst();
        if (found.isEmpty()) {
            throw new Hri.Failure(Hri.USAGE, "hri: " + file + " has no figure for the area '" + area.get()
                    + "'; its areas are " + String.join(", ", data.areas().stream().map(Area::name).toList()));
        }
        return List.of(found.get());
    }

    /** The years to compute for an area: those asked, or every year its figures cover, spans expanded. */
    SortedSet<Integer> years(Dataset data, Area a) {
        SortedSet<Integer> out = new TreeSet<>();
        if (years.isPresent()) {
            for (int y = years.get().from(); y <= years.get().to(); y++) {
                out.add(y);
            }
            return out;
        }
        for (Observation o : data.observations()) {
            if (o.area().equals(a)) {
                for (int y = o.period().startYear(); y <= o.period().endYear(); y++) {
                    out.add(y);
                }
            }
        }
        return out;
    }

    /** Whether the user asked for particular years. */
    boolean yearsAsked() {
        return years.isPresent();
    }

    /** {@code 2016} or {@code 2010-2016}, years 1900 to 2999. */
    static final class YearsConverter implements ITypeConverter<Years> {
        @Override
        public Years convert(String value) {
            String[] parts = value.strip().split("-", -1);
            if (parts.length <= 2) {
                Optional<Integer> from = year(parts[0]);
                Optional<Integer> to = parts.length == 2 ? year(parts[1]) : from;
                if (from.isPresent() && to.isPresent() && from.get() <= to.get()) {
                    return new Years(from.get(), to.get());
                }
            }
            throw new TypeConversionException("'" + value + "' is not a year from 1900 to 2999 such as 2016, nor a "
                    + "span of such years such as 2010-2016");
        }

        private static Optional<Integer> year(String text) {
            if (!text.matches("[0-9]{4}")) {
                return Optional.empty();
            }
            int y = Integer.parseInt(text);
            return y >= 1900 && y <= 2999 ? Optional.of(y) : Optional.empty();
        }
    }
}
