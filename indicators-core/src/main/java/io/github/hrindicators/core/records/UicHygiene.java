package io.github.hrindicators.core.records;

import io.github.hrindicators.core.Gender;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A report of likely duplicate clients in a client table: pairs of codes of the same length that differ in exactly
 * one character and whose clients share gender (known, not {@link Gender#UNKNOWN}) and birth year. Such pairs are
 * usually one person keyed in twice with a slip; they are reported, with counts, and never merged: only the
 * programme can tell.
 *
 * <p>Codes are compared after {@link Uic} normalisation (case, white space, Cyrillic look-alike letters), so the
 * slips those cause are already gone. The search puts each code, once for each of its positions with that position
 * masked, into a bucket of its gender and birth year: time and memory grow with the number of clients times the
 * code length, not with its square.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UicHygiene {
    private final long clientsChecked;
    private final List<Pair> pairs;
    private final long clientsInPairs;

    /**
     * Two codes that differ in one character, with the gender and birth year their clients share.
     *
     * @param first the code first in order
     * @param second the other code
     * @param gender the shared gender
     * @param birthYear the shared birth year
     */
    public record Pair(Uic first, Uic second, Gender gender, int birthYear) {
        /**
         * Validates the pair.
         *
         * @param first as in the record description
         * @param second as in the record description
         * @param gender as in the record description
         * @param birthYear as in the record description
         * @throws IllegalArgumentException if the codes are not in order or do not differ in one character
         * @throws NullPointerException if an argument is null
         */
        public Pair {
            Objects.requireNonNull(gender, "gender");
            if (first.compareTo(second) >= 0 || !first.differsInOneCharacterFrom(second)) {
                throw new IllegalArgumentException("Codes of a pair are not two codes in order differing in one "
                        + "character: " + first + ", " + second);
            }
        }
    }

    private UicHygiene(long clientsChecked, List<Pair> pairs) {
        this.clientsChecked = clientsChecked;
        this.pairs = pairs;
        Set<Uic> in = new HashSet<>();
        for (Pair p : pairs) {
            in.add(p.first());
            in.add(p.second());
        }
        this.clientsInPairs = in.size();
    }

    /**
     * Checks a client table.
     *
     * @param clients the clients
     * @return the report
     * @throws NullPointerException if the collection or an element is null
     */
    public static UicHygiene check(Collection<Client> clients) {
        record Group(Gender gender, int birthYear, String masked) {
        }
        Map<Group, List<Uic>> buckets = new HashMap<>();
        long checked = 0;
        for (Client c : clients) {
            checked++;
            if (c.gender() == Gender.UNKNOWN || c.birthYear().isEmpty()) {
                continue;
            }
            String code = c.uic().code();
            for (int i = 0; i < code.length(); i++) {
                String masked = code.substring(0, i) + '\u0000' + code.substring(i + 1);
                buckets.computeIfAbsent(new Group(c.gender(), c.birthYear().getAsInt(), masked),
                        g -> new ArrayList<>(1)).add(c.uic());
            }
        }
        List<Pair> pairs = new ArrayList<>();
        buckets.forEach((g, codes) -> {
            if (codes.size() < 2) {
                return;
            }
            List<Uic> sorted = codes.stream().distinct().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    pairs.add(new Pair(sorted.get(i), sorted.get(j), g.gender(), g.birthYear()));
                }
            }
        });
        pairs.sort((a, b) -> {
            int c = a.first().compareTo(b.first());
            return c != 0 ? c : a.second().compareTo(b.second());
        });
        return new UicHygiene(checked, Collections.unmodifiableList(pairs));
    }

    /**
     * The clients checked.
     *
     * @return the count
     */
    public long clientsChecked() {
        return clientsChecked;
    }

    /**
     * The likely duplicates, ordered by their codes.
     *
     * @return an unmodifiable list
     */
    public List<Pair> pairs() {
        return pairs;
    }

    /**
     * The distinct codes that are in at least one pair.
     *
     * @return the count
     */
    public long clientsInPairs() {
        return clientsInPairs;
    }

    @Override
    public String toString() {
        return pairs.size() + " pairs of codes differing in one character with the same gender and birth year, "
                + clientsInPairs + " of " + clientsChecked + " clients";
    }
}
