package fr.gouv.diplomatie.daect.programme.calendar;

import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import fr.gouv.diplomatie.daect.programme.calendar.lock.LockFormatException;
import fr.gouv.diplomatie.daect.programme.calendar.lock.LockKeeper;
import fr.gouv.diplomatie.daect.programme.calendar.lock.LockMode;
import fr.gouv.diplomatie.daect.programme.calendar.lock.LockReconciliation;
import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.ContentFileReader;
import fr.gouv.diplomatie.daect.programme.content.MarkdownBodies;
import fr.gouv.diplomatie.daect.programme.programme.Programme;
import fr.gouv.diplomatie.daect.programme.programme.Session;
import fr.gouv.diplomatie.daect.programme.programme.SessionReader;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.view.SitePaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small project on disk (session files under {@code content/webinaires}) and the real
 * pipeline from its files to its calendars: read, lock, write. No JBake: the calendars only.
 */
final class CalendarProject {

    static final String HOST = "https://webinaires.example.fr/daect/";

    final Path dir;
    final List<String> log = new ArrayList<>();
    private final Map<String, String> settings = new LinkedHashMap<>();

    CalendarProject(Path dir) {
        this.dir = dir;
    }

    /** The header of one published session on 17 March 2021, 14:00–15:30, with {@code title}, in writing order. */
    static Map<String, String> sessionHeader(String title) {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("title", title);
        header.put("type", "session");
        header.put("status", "published");
        header.put("date", "2021-03-17");
        header.put("start", "14:00");
        header.put("end", "15:30");
        header.put("uid", "0f4c2a8e-5b1d-4e7a-9c3f-2d6b8a1e4f70");
        return header;
    }

    /** The real session files of this repository, as they are. */
    static CalendarProject ofRepositoryContent(Path dir) throws IOException {
        CalendarProject project = new CalendarProject(dir);
        Path sessions = Path.of("..", "content", "webinaires");
        Files.createDirectories(project.sessionsDir());
        try (var files = Files.list(sessions)) {
            for (Path file : files.toList()) {
                Files.copy(file, project.sessionsDir().resolve(file.getFileName()));
            }
        }
        return project;
    }

    Path sessionsDir() {
        return dir.resolve("content/webinaires");
    }

    /** Writes a session file: header keys in order, then the separator and the body. */
    CalendarProject session(String slug, Map<String, String> header, String body) {
        StringBuilder text = new StringBuilder();
        header.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        text.append("~~~~~~\n").append(body);
        try {
            Files.createDirectories(sessionsDir());
            Files.writeString(sessionsDir().resolve(slug + ".md"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A published session with the usual header; {@code extra} adds or replaces keys ("key", "value", …). */
    CalendarProject session(String slug, String title, String date, String start, String end, String uid, String... extra) {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("title", title);
        header.put("type", "session");
        header.put("status", "published");
        header.put("date", date);
        header.put("start", start);
        header.put("end", end);
        header.put("uid", uid);
        for (int i = 0; i + 1 < extra.length; i += 2) {
            header.put(extra[i], extra[i + 1]);
        }
        return session(slug, header, "");
    }

    /** A site setting of this project's calendars, in place of the usual one. */
    CalendarProject setting(String key, String value) {
        settings.put(key, value);
        return this;
    }

    void delete(String slug) throws IOException {
        Files.delete(sessionsDir().resolve(slug + ".md"));
    }

    SiteSettings settings() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("site.host", HOST);
        values.put("site.name", "Webinaires de la DAECT");
        values.put("site.description", "Les webinaires du guide opérationnel de la coopération décentralisée.");
        values.put("programme.timezone", "Europe/Paris");
        values.put("contact.secretariat", "Secrétariat de la DAECT");
        values.put("contact.email", "secretariat.dgm-aect@diplomatie.gouv.fr");
        values.putAll(settings);
        return SiteSettings.of(values);
    }

    List<ContentFile> files() {
        return new ContentFileReader(dir).readAll(dir.resolve("content"));
    }

    List<Session> allSessions() {
        return new SessionReader(ZoneId.of("Europe/Paris")).readAll(files());
    }

    List<Session> published() {
        return new Programme(allSessions(), Instant.EPOCH).sessions();
    }

    LockKeeper keeper(LockMode mode, Instant now) {
        return new LockKeeper(dir, mode, Clock.fixed(now, ZoneOffset.UTC), BuildLog.to(log::add));
    }

    /** An editor's build at {@code now}: update the lock, write the calendars into {@code site}. */
    Path build(Instant now, Path site) throws LockFormatException, IOException {
        LockKeeper keeper = keeper(LockMode.UPDATE, now);
        LockReconciliation reconciliation = keeper.prepare(published(), allSessions());
        CalendarStep.of(published(), reconciliation.lock(), files(), CalendarSettings.from(settings()), new SitePaths(HOST),
                MarkdownBodies.of(settings()))
                .write(site);
        keeper.commit(reconciliation);
        return site;
    }

    String lockText() throws IOException {
        return Files.readString(dir.resolve("programme.lock"), StandardCharsets.UTF_8);
    }
}
