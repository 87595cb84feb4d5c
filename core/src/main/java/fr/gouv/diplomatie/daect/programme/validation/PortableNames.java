package fr.gouv.diplomatie.daect.programme.validation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * File and folder names that make the same address on every system and in every tool: lower-case ASCII
 * letters and digits, in groups joined by one dot, dash or underscore ({@code guide-2021_v2.pdf}). No space,
 * accent, capital, {@code #}, {@code ?} or {@code %}: URLs would need escaping (JBake fails on some), Windows
 * and macOS ignore case where the web server does not, and mail clients cut addresses at spaces.
 */
public final class PortableNames {

    private static final Pattern PORTABLE = Pattern.compile("[a-z0-9]+([._-][a-z0-9]+)*");

    private PortableNames() {
    }

    public static boolean isPortable(String name) {
        return PORTABLE.matcher(name).matches();
    }

    /** The name to use instead: "Santé mondiale.MD" → "sante-mondiale.md", "Mes documents" → "mes-documents". */
    public static String suggestion(String name, boolean file) {
        int dot = file ? name.lastIndexOf('.') : -1;
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? Slugs.of(name.substring(dot + 1)) : "";
        String slug = Slugs.of(base);
        if (slug.isEmpty()) {
            slug = file ? "fichier" : "dossier";
        }
        return extension.isEmpty() ? slug : slug + "." + extension.toLowerCase(Locale.ROOT);
    }
}
