package fr.gouv.diplomatie.daect.programme.content;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A content file as an editor wrote it: its header lines (with line numbers) and its body.
 *
 * @param path            the file on disk
 * @param displayPath     the path from the repository root, with forward slashes, as printed in diagnostics
 * @param header          the lines before the separator (all lines when there is no separator)
 * @param separatorLine   1-based line of the {@code ~~~~~~} separator, or 0 when there is none
 * @param body            the text after the separator
 * @param bodyFirstLine   1-based line number of the first body line
 * @param validUtf8       false when the bytes were not valid UTF-8 (the text was then decoded lossily)
 */
public record ContentFile(Path path, String displayPath, List<HeaderLine> header, int separatorLine,
                          String body, int bodyFirstLine, boolean validUtf8) {

    public static final String SEPARATOR = "~~~~~~";

    public boolean hasSeparator() {
        return separatorLine > 0;
    }

    /** The first value given for each key, in file order. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        for (HeaderLine line : header) {
            if (line.isAssignment()) {
                values.putIfAbsent(line.key(), line.value());
            }
        }
        return values;
    }

    public Optional<HeaderLine> line(String key) {
        // A plain loop: called for every key of every file by the validation rules.
        for (HeaderLine line : header) {
            if (key.equals(line.key())) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    public Optional<String> value(String key) {
        return line(key).map(HeaderLine::value);
    }

    /** The line to point at for a key: its own line, or the first line of the file when it is missing. */
    public int lineOf(String key) {
        return line(key).map(HeaderLine::line).orElse(1);
    }

    /** True for a line after the separator. */
    public boolean isBody(int line) {
        return hasSeparator() && line > separatorLine;
    }

    /** The key assigned on a header line, if that line is of the form {@code key=value}. */
    public Optional<String> keyAt(int line) {
        for (HeaderLine header : this.header) {
            if (header.line() == line && header.isAssignment()) {
                return Optional.of(header.key());
            }
        }
        return Optional.empty();
    }

    public String fileName() {
        return path.getFileName().toString();
    }
}
