package fr.gouv.diplomatie.daect.programme.validation;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean…?": the known word nearest to a mistyped one, by edit distance (insertions,
 * deletions, substitutions and swaps of two neighbouring letters), ignoring case.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidate nearest to {@code value}, if it is near enough to be what the editor meant:
     * at most a third of the word's letters wrong (and at least one allowed).
     */
    public static Optional<String> nearest(String value, Collection<String> candidates) {
        String typed = value.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int allowed = Math.max(1, Math.min(typed.length(), candidate.length()) / 3);
            if (Math.abs(candidate.length() - typed.length()) > allowed) {
                continue; // cannot be near enough: skip the quadratic distance
            }
            int distance = distance(typed, candidate.toLowerCase(Locale.ROOT));
            if (distance <= allowed && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Optimal string alignment distance: Levenshtein plus the swap of two adjacent characters, each costing 1. */
    public static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[n][m];
    }
}
