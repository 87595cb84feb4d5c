package fr.gouv.diplomatie.daect.programme.validation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Web-safe names (file names, tags): lower-case letters without accents, digits and dashes. */
public final class Slugs {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHERS = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    public static boolean isSlug(String text) {
        return SLUG.matcher(text).matches();
    }

    /** "Santé & Sport 2021" → "sante-sport-2021". */
    public static String of(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae");
        String slug = OTHERS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
