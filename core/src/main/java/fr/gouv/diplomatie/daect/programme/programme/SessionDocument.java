package fr.gouv.diplomatie.daect.programme.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file offered on a session's page, from its {@code documents} header: a site path of a file under
 * {@code assets/} ({@code documents/support-maroc.pdf}), optionally with a title written as a Markdown link,
 * {@code [Support de présentation](documents/support-maroc.pdf)}. Entries are separated by commas.
 *
 * @param label the title given by the editor, or empty (the page then shows the file name)
 */
public record SessionDocument(String path, String label) {

    public static final String EXAMPLE = "documents=[Support de présentation](documents/support-maroc.pdf), documents/compte-rendu.pdf";

    // A titled entry first (its title may hold commas), else a bare path up to the next comma.
    private static final Pattern ENTRY = Pattern.compile("\\s*(?:\\[([^\\]]*)]\\(([^)]*)\\)|([^,\\[]*?))\\s*(?:,|$)");

    /** The entries of a header value, in order; {@code null} when the value cannot be read as such a list. */
    public static List<SessionDocument> parseAll(String value) {
        List<SessionDocument> documents = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return documents;
        }
        Matcher m = ENTRY.matcher(value);
        int at = 0;
        while (at < value.length() && m.find(at) && m.start() == at) {
            String path = m.group(2) != null ? m.group(2).strip() : m.group(3).strip();
            String label = m.group(1) != null ? m.group(1).strip() : "";
            if (!path.isEmpty() || !label.isEmpty()) {
                documents.add(new SessionDocument(path, label));
            }
            if (m.end() == at) {
                break;
            }
            at = m.end();
        }
        return at >= value.length() ? documents : null;
    }

    /** The last segment of the path: the title when the editor gave none. */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash >= 0 ? path.substring(slash + 1) : path;
    }

    public String title() {
        return label.isEmpty() ? fileName() : label;
    }
}
