package fr.gouv.diplomatie.daect.programme.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A speaker of a session, from its {@code speakers} header: {@code Prénom Nom (fonction, organisation)}.
 *
 * @param jobTitle    the speaker's function, as written before the first comma in the brackets
 * @param affiliation the organisation, the rest of the brackets (it may hold commas itself)
 */
public record Speaker(String name, String jobTitle, String affiliation) {

    /** Entries are separated by {@code ;}: names and organisations hold commas, never semicolons. */
    public static final String SEPARATOR = ";";
    public static final String EXAMPLE = "speakers=Amina Benali (directrice, Agence marocaine de coopération); "
            + "Jean-Marc Dupuis (chargé de mission, DAECT)";

    private static final Pattern ENTRY = Pattern.compile("([^()]+?)\\s*\\(\\s*([^(),]+?)\\s*,\\s*([^()]+?)\\s*\\)");

    /** One entry, or empty when it is not of the form {@code Prénom Nom (fonction, organisation)}. */
    public static Optional<Speaker> parse(String entry) {
        Matcher m = ENTRY.matcher(entry.strip());
        return m.matches() ? Optional.of(new Speaker(m.group(1).strip(), m.group(2), m.group(3))) : Optional.empty();
    }

    /** The entries of a header value, blank ones skipped. */
    public static List<String> entries(String value) {
        List<String> entries = new ArrayList<>();
        if (value != null) {
            for (String entry : value.split(SEPARATOR)) {
                if (!entry.isBlank()) {
                    entries.add(entry.strip());
                }
            }
        }
        return entries;
    }

    /** Every well-formed entry of a header value (validation reports the others first). */
    public static List<Speaker> parseAll(String value) {
        return entries(value).stream().map(Speaker::parse).flatMap(Optional::stream).toList();
    }

    /** "Amina Benali (directrice, Agence marocaine de coopération)", as the header writes it. */
    public String label() {
        return name + " (" + jobTitle + ", " + affiliation + ")";
    }
}
