package io.github.hrindicators.io;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" hints by edit distance. */
final class Suggestions {
    private Suggestions() {
    }

    /**
     * The hint for an unknown word: {@code "; did you mean 'ost_clients'?"} for the closest known word within an
     * edit distance of a third of its length (at least 2), else the empty string.
     */
    static String didYouMean(String unknown, Collection<String> known) {
        String u = unknown.strip().toLowerCase(Locale.ROOT);
        if (u.length() > 100) {
            return "";
        }
        String best = "";
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(u, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.max(2, best.length() / 3) ? "; did you mean '" + best + "'?" : "";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
