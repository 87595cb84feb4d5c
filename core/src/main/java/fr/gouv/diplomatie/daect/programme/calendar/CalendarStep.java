package fr.gouv.diplomatie.daect.programme.calendar;

import fr.gouv.diplomatie.daect.programme.bake.SiteStep;
import fr.gouv.diplomatie.daect.programme.calendar.lock.ProgrammeLock;
import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.MarkdownBodies;
import fr.gouv.diplomatie.daect.programme.content.TextCharacters;
import fr.gouv.diplomatie.daect.programme.programme.Session;
import fr.gouv.diplomatie.daect.programme.view.SitePaths;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writes the calendars into the site during the bake: one per session, then the whole programme. */
public final class CalendarStep implements SiteStep {

    private final List<CalendarEntry> entries;
    private final CalendarFactory factory;
    private final SitePaths paths;
    private final Set<UUID> only;
    private final boolean withProgramme;

    public CalendarStep(List<CalendarEntry> entries, CalendarFactory factory, SitePaths paths) {
        this(entries, factory, paths, null, true);
    }

    private CalendarStep(List<CalendarEntry> entries, CalendarFactory factory, SitePaths paths, Set<UUID> only, boolean withProgramme) {
        this.entries = List.copyOf(entries);
        this.factory = factory;
        this.paths = paths;
        this.only = only == null ? null : Set.copyOf(only);
        this.withProgramme = withProgramme;
    }

    /**
     * The same step writing only the calendars of the sessions in {@code sessions}, and the whole
     * programme's when {@code programme} is true: the preview rewrites only what a change touched.
     */
    public CalendarStep restrictedTo(Set<UUID> sessions, boolean programme) {
        return new CalendarStep(entries, factory, paths, sessions, programme);
    }

    public List<CalendarEntry> entries() {
        return entries;
    }

    /**
     * The step for the published sessions, with their lines of the lock and the free text of
     * their files ({@code files}: every content file read for this build), their bodies made plain text from the bake's
     * parse of them ({@code bodies}, shared with JBake's engine).
     */
    public static CalendarStep of(List<Session> published, ProgrammeLock lock, List<ContentFile> files,
                                  CalendarSettings settings, SitePaths paths, MarkdownBodies bodies) {
        Map<String, ContentFile> bySource = files.stream()
                .collect(Collectors.toMap(ContentFile::displayPath, Function.identity(), (a, b) -> a));
        List<CalendarEntry> entries = published.stream().map(session -> new CalendarEntry(session,
                lock.entry(session.uid()).orElseThrow(() -> new IllegalStateException(session.sourcePath() + " absent du verrou")),
                Optional.ofNullable(bySource.get(session.sourcePath())).map(SessionText::of).orElse(SessionText.NONE))).toList();
        return new CalendarStep(entries, new CalendarFactory(settings, paths, new TimeZoneDefinitions(), bodies), paths);
    }

    /** Made from the programme alone: runs alongside JBake. */
    @Override
    public boolean readsPages() {
        return false;
    }

    @Override
    public String name() {
        return "calendriers";
    }

    /**
     * Each event is built and written out once, for its session's file and for the programme's. The files are
     * read back and validated by the {@code check} goal ({@code CalendarFileCheck}), not here: reading back the
     * programme's file doubled the cost of the calendars in the bake, on the path of every build and preview.
     */
    @Override
    public int write(Path site) throws IOException {
        // Folding is line by line and every piece ends a line: each event and shell is folded once, then joined.
        List<String> events = new ArrayList<>(entries.size());
        Map<ZoneId, String> shells = new HashMap<>();
        Set<Path> folders = new HashSet<>();
        int count = 0;
        for (CalendarEntry entry : entries) {
            boolean wanted = only == null || only.contains(entry.session().uid());
            if (!wanted && !withProgramme) {
                continue;
            }
            String event = ContentLineFolder.fold(IcsText.of(factory.event(entry)));
            events.add(event);
            if (wanted) {
                ZoneId zone = entry.session().zone();
                String shell = shells.computeIfAbsent(zone, z -> ContentLineFolder.fold(TextCharacters.safe(factory.sessionShell(z).toString())));
                write(site.resolve(paths.sessionCalendar(entry.session())), IcsFile.withEvents(shell, List.of(event)), folders);
                count++;
            }
        }
        if (withProgramme) {
            String shell = ContentLineFolder.fold(TextCharacters.safe(factory.programmeShell(entries).toString()));
            write(site.resolve(paths.programmeCalendar()), IcsFile.withEvents(shell, events), folders);
            count++;
        }
        return count;
    }

    /** {@code calendar} is folded already; each folder is created once. */
    private static void write(Path file, String calendar, Set<Path> folders) throws IOException {
        if (folders.add(file.getParent())) {
            Files.createDirectories(file.getParent());
        }
        Files.write(file, calendar.getBytes(StandardCharsets.UTF_8));
    }
}
