package fr.gouv.diplomatie.daect.programme.cms;

import fr.gouv.diplomatie.daect.programme.authoring.NewSession;
import fr.gouv.diplomatie.daect.programme.authoring.SessionFileWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CMS reads and writes JBake's header format as the build and the new-session command do. */
class HeaderFormatTest {

    /** The repository's own content, next to the core module. */
    private static final Path CONTENT = Path.of("..", "content");

    @TempDir
    Path dir;

    @Test
    void everyContentFileOfTheRepositoryComesOutByteForByteTheSame() throws Exception {
        List<Path> files;
        try (Stream<Path> found = Files.walk(CONTENT)) {
            files = found.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(files.size() >= 10, "the repository's sessions and pages: " + files);
        List<Map<String, Object>> cases = new ArrayList<>();
        for (Path file : files) {
            cases.add(Map.of("op", "roundtrip", "text", Files.readString(file, StandardCharsets.UTF_8), "sortedKeys", keys()));
        }
        List<String> written = NodeFormat.run(dir, cases);
        for (int i = 0; i < files.size(); i++) {
            assertEquals(cases.get(i).get("text"), written.get(i), files.get(i).toString());
        }
    }

    @Test
    void anEditedTitleChangesThatLineOnly() throws Exception {
        String text = "title=La santé\ntype=session\nstatus=published\ndate=2021-01-13\nstart=10:00\nend=12:30\n"
                + "uid=d3c6c4f3-578d-4e94-bfef-da0ea20b46ff\ntags=sante, maroc\n~~~~~~\nTexte\r\n";
        String written = NodeFormat.run(dir, List.of(Map.of("op", "edit", "text", text,
                "changes", Map.of("title", "La santé mondiale"), "sortedKeys", keys()))).get(0);
        assertEquals(text.replace("title=La santé\n", "title=La santé mondiale\n"), written);
    }

    @Test
    void removedTagsAndAnEmptiedKeyLeaveTheHeader() throws Exception {
        String text = "title=T\ntype=session\ntags=sante, maroc\nnote=Une note\n~~~~~~\n";
        String written = NodeFormat.run(dir, List.of(Map.of("op", "edit", "text", text,
                "changes", Map.of("tags", List.of("maroc"), "note", ""), "sortedKeys", keys()))).get(0);
        assertEquals("title=T\ntype=session\ntags=maroc\n~~~~~~\n", written);
    }

    @Test
    void aNewSessionHasTheHeaderTheNewSessionCommandWrites() throws Exception {
        UUID uid = UUID.fromString("0b7a5f4e-2c1d-4e8a-9f00-123456789abc");
        Path written = new SessionFileWriter(dir, dir.resolve("webinaires"), "Europe/Paris", () -> uid)
                .write(new NewSession("La santé mondiale", "2021-03-10", "10:00", "12:30", "", "sante,maroc"));
        String expected = Files.readString(written, StandardCharsets.UTF_8);
        String body = expected.substring(expected.indexOf("~~~~~~\n") + 7);
        // What the form holds, in the order an editor fills it in, not the file's.
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("body", body);
        form.put("tags", List.of("sante", "maroc"));
        form.put("end", "12:30");
        form.put("title", "La santé mondiale");
        form.put("uid", uid.toString());
        form.put("date", "2021-03-10");
        form.put("start", "10:00");
        form.put("status", "published");
        form.put("type", "session");
        form.put("eventStatus", "");
        String created = NodeFormat.run(dir, List.of(Map.of("op", "create", "data", form, "sortedKeys", keys()))).get(0);
        assertEquals(expected, created);
        assertTrue(written.getFileName().toString().equals("2021-03-10-la-sante-mondiale.md"));
    }

    @Test
    void aNewSessionsFileIsNamedAsNewSessionNamesIt() throws Exception {
        List<String> titles = List.of("L'eau et l'assainissement", "Coopérer avec l’Afrique : cœur & ÉNERGIE", "  La santé mondiale ! ",
                "L'action extérieure des collectivités françaises des Amériques et du Pacifique",
                "Anticonstitutionnellementanticonstitutionnellementanticonstitutionnellement", "Œuvres d'art, 2024");
        List<Map<String, Object>> cases = titles.stream().<Map<String, Object>>map(t -> Map.of("op", "slug", "text", t)).toList();
        List<String> slugs = NodeFormat.run(dir, cases);
        for (int i = 0; i < titles.size(); i++) {
            assertEquals(SessionFileWriter.shortSlug(titles.get(i)), slugs.get(i), titles.get(i));
        }
        assertEquals("l-eau-et-l-assainissement", slugs.get(0), "an apostrophe separates words, as in Slugs.of (Decap would write leau)");
    }

    /** The session form's fields, in its order, as Decap passes them to the format. */
    private static List<String> keys() {
        return List.of("title", "type", "status", "date", "start", "end", "uid", "eventStatus", "tags", "timezone", "note",
                "summary", "registration", "body");
    }
}
