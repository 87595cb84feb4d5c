package fr.gouv.diplomatie.daect.programme.authoring;

/**
 * What an editor gives on the command line to create a session file; everything as typed, checked
 * by {@link SessionFileWriter}.
 *
 * @param title the session's title (required)
 * @param date  {@code yyyy-MM-dd} (required)
 * @param start {@code HH:mm}, local time of the programme's zone (required)
 * @param end   {@code HH:mm} (required)
 * @param slug  the file name without date nor extension; empty: made from the title
 * @param tags  comma-separated themes, may be empty
 */
public record NewSession(String title, String date, String start, String end, String slug, String tags) {

    public NewSession {
        title = strip(title);
        date = strip(date);
        start = strip(start);
        end = strip(end);
        slug = strip(slug);
        tags = strip(tags);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
