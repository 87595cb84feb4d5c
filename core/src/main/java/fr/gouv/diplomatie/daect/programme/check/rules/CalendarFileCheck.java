package fr.gouv.diplomatie.daect.programme.check.rules;

import fr.gouv.diplomatie.daect.programme.calendar.IcsFile;
import fr.gouv.diplomatie.daect.programme.check.FileCheck;
import fr.gouv.diplomatie.daect.programme.check.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every calendar of the site, read back as written (folding and escaping included) by ical4j's parser, then
 * validated. The programme's calendar holds every session's event exactly as the session's own calendar does:
 * a calendar whose frame (everything but its events) and every event were already read back, byte for byte,
 * in a larger calendar is not read again, which halves the work without leaving a byte unchecked.
 */
public final class CalendarFileCheck implements FileCheck {

    private static final String EVENT_START = "BEGIN:VEVENT\r\n";
    private static final String EVENT_END = "END:VEVENT\r\n";

    @Override
    public boolean reads(String path) {
        return path.endsWith(".ics");
    }

    @Override
    public void check(Path root, List<String> files, Consumer<Problem> report) {
        List<String> largestFirst = new ArrayList<>(files);
        largestFirst.sort(Comparator.comparingLong((String path) -> size(root.resolve(path))).reversed().thenComparing(Comparator.naturalOrder()));
        Set<String> checkedParts = new HashSet<>();
        for (String path : largestFirst) {
            byte[] bytes = read(root.resolve(path));
            List<String> parts = parts(new String(bytes, StandardCharsets.UTF_8));
            if (!checkedParts.containsAll(parts)) {
                IcsFile.problem(bytes).ifPresent(message -> report.accept(new Problem(path, message, "")));
                checkedParts.addAll(parts);
            }
        }
    }

    /** The calendar's frame (its text without its events), then each event's text. */
    static List<String> parts(String calendar) {
        List<String> parts = new ArrayList<>();
        StringBuilder frame = new StringBuilder();
        int from = 0;
        int start = calendar.indexOf(EVENT_START);
        while (start >= 0) {
            int end = calendar.indexOf(EVENT_END, start);
            if (end < 0) {
                break;
            }
            end += EVENT_END.length();
            frame.append(calendar, from, start);
            parts.add(calendar.substring(start, end));
            from = end;
            start = calendar.indexOf(EVENT_START, from);
        }
        frame.append(calendar, from, calendar.length());
        parts.add(0, frame.toString());
        return parts;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
