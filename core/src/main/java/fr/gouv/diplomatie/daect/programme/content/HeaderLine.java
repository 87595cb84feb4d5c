package fr.gouv.diplomatie.daect.programme.content;

/**
 * One line of a JBake header, with its 1-based line number in the file.
 * {@code key} and {@code value} are null when the line is not of the form {@code key=value}.
 */
public record HeaderLine(int line, String raw, String key, String value) {

    public boolean isAssignment() {
        return key != null;
    }

    public boolean isBlank() {
        return raw.isBlank();
    }
}
