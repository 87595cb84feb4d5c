package fr.gouv.diplomatie.daect.programme.site;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.programme.EventStatus;
import fr.gouv.diplomatie.daect.programme.programme.Programme;
import fr.gouv.diplomatie.daect.programme.programme.Session;
import fr.gouv.diplomatie.daect.programme.programme.TagVocabulary;
import fr.gouv.diplomatie.daect.programme.view.GeneratedPage;
import fr.gouv.diplomatie.daect.programme.view.Organizer;
import fr.gouv.diplomatie.daect.programme.view.ProgrammeView;
import fr.gouv.diplomatie.daect.programme.view.SitePaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which pages without a content file the preview deletes after a change: those the last bake made and the new one does not, only. */
class StalePagesTest {

    static final TagVocabulary VOCABULARY = TagVocabulary.parse(List.of("sante=Santé", "maroc=Maroc"));
    static final Predicate<String> NOTHING_ELSE = path -> false;

    @TempDir
    Path dir;

    @Test
    void thePagesOfTheLastBakeThatTheNewOneDoesNotMake() {
        List<String> before = List.of("archives/index.html", "recherche.html", "archives/2021.html", "archives/2021/page-2.html",
                "archives/2022.html", "themes/sante/page-2.html");
        List<String> after = List.of("archives/index.html", "recherche.html", "archives/2021.html", "archives/2023.html");

        assertEquals(Set.of("archives/2021/page-2.html", "archives/2022.html", "themes/sante/page-2.html"),
                StalePages.of(before, after, NOTHING_ELSE));
        assertEquals(Set.of(), StalePages.of(after, after, NOTHING_ELSE));
        assertEquals(Set.of(), StalePages.of(List.of(), after, NOTHING_ELSE), "the first bake has no previous pages");
    }

    @Test
    void aSessionLessLeavesAYearAndItsThemeWithOnePageLess() {
        List<Session> sessions = new ArrayList<>();
        for (int day = 1; day <= 31; day++) {
            sessions.add(session("s" + day, LocalDate.of(2021, 3, day), "sante"));
        }
        sessions.add(session("seule", LocalDate.of(2022, 1, 12), "maroc"));
        Set<String> before = generated(sessions);
        assertTrue(before.containsAll(Set.of("archives/2021/page-2.html", "themes/sante/page-2.html", "archives/2022.html")), before.toString());

        sessions.remove(0);
        sessions.removeIf(s -> s.slug().equals("seule"));

        assertEquals(Set.of("archives/2021/page-2.html", "themes/sante/page-2.html", "archives/2022.html"),
                StalePages.of(before, generated(sessions), NOTHING_ELSE));
    }

    @Test
    void neverAnAssetNorAContentFilesPageAtTheSamePlace() throws IOException {
        Path assets = Files.createDirectories(dir.resolve("assets/archives"));
        Files.writeString(assets.resolve("2019.html"), "<p>copiée telle quelle</p>");
        Path content = Files.createDirectories(dir.resolve("content/archives"));
        Files.writeString(content.resolve("notes.txt"), "copié tel quel");
        ContentFile page = new ContentFile(content.resolve("2020.md"), "content/archives/2020.md", List.of(), 0, "", 1, true);

        Predicate<String> writtenOtherwise = StalePages.writtenFrom(dir.resolve("assets"), dir.resolve("content"), List.of(page));

        assertTrue(writtenOtherwise.test("archives/2019.html"), "an asset");
        assertTrue(writtenOtherwise.test("archives/notes.txt"), "a file of content/ copied as it is");
        assertTrue(writtenOtherwise.test("archives/2020.html"), "the page of content/archives/2020.md");
        assertFalse(writtenOtherwise.test("archives/2018.html"));
        assertEquals(Set.of("archives/2018.html"), StalePages.of(
                List.of("archives/2018.html", "archives/2019.html", "archives/2020.html"), List.of(), writtenOtherwise));
    }

    private static Set<String> generated(List<Session> sessions) {
        ProgrammeView view = new ProgrammeView(new Programme(sessions, Instant.parse("2021-01-01T00:00:00Z")), new SitePaths(),
                Organizer.NONE, VOCABULARY);
        return view.generatedPages().stream().map(GeneratedPage::path).collect(Collectors.toSet());
    }

    private static Session session(String slug, LocalDate date, String... tags) {
        return new Session("content/webinaires/" + slug + ".md", slug, UUID.nameUUIDFromBytes(slug.getBytes()), "Titre " + slug,
                date, LocalTime.of(10, 0), LocalTime.of(12, 0), ZoneId.of("Europe/Paris"), EventStatus.SCHEDULED, List.of(tags),
                null, true, true);
    }
}
