package fr.gouv.diplomatie.daect.programme.validation;

import fr.gouv.diplomatie.daect.programme.calendar.lock.LockFormatException;
import fr.gouv.diplomatie.daect.programme.calendar.lock.ProgrammeLock;
import fr.gouv.diplomatie.daect.programme.content.ContentFileReader;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The editors' guide (docs/guide-redaction.md) shows every message an editor can meet: each
 * diagnostic of two projects full of mistakes must be there, up to its particular values (what is
 * between backquotes or « », paths, numbers).
 */
class EditorsGuideTest {

    private static final Path GUIDE = Path.of("../docs/guide-redaction.md");
    /** A message in the guide: in bold, as code, possibly after "avertissement : ". */
    private static final Pattern DOCUMENTED = Pattern.compile("\\*\\*(?:avertissement : )?(``?) ?(.+?) ?\\1\\*\\*");

    @TempDir
    Path dir;

    @Test
    void everyMessageIsInTheEditorsGuide() throws IOException {
        Set<String> documented = new TreeSet<>();
        Matcher matcher = DOCUMENTED.matcher(Files.readString(GUIDE, StandardCharsets.UTF_8));
        while (matcher.find()) {
            documented.add(shape(matcher.group(2)));
        }
        List<String> missing = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics()) {
            if (!documented.contains(shape(diagnostic.message()))) {
                missing.add(diagnostic.message());
            }
        }
        assertEquals(List.of(), missing.stream().distinct().toList(), "messages missing from " + GUIDE);
    }

    /** The lock's messages are not the validation's (they come with the bake), but an editor meets them the same way. */
    @Test
    void everyUnreadableLockLineMessageIsInTheEditorsGuide() throws IOException {
        Set<String> documented = new TreeSet<>();
        Matcher matcher = DOCUMENTED.matcher(Files.readString(GUIDE, StandardCharsets.UTF_8));
        while (matcher.find()) {
            documented.add(shape(matcher.group(2)));
        }
        String digest = "a".repeat(64);
        String uid = "8758bf3a-9689-4087-86d8-c5c343fe098b";
        String lock = String.join("\n",
                uid + " 0 2026-11-27T05:23:04Z " + digest,
                "1-2-3-4-5 0 2026-11-27T05:23:04Z " + digest + " page",
                uid + " -1 2026-11-27T05:23:04Z " + digest + " page",
                uid + " 2147483648 2026-11-27T05:23:04Z " + digest + " page",
                uid + " 0 2026-13-01T00:00:00Z " + digest + " page",
                uid + " 0 2026-11-27T05:23:04Z A3527C page",
                "<<<<<<< HEAD",
                uid + " 0 2026-11-27T05:23:04Z " + digest + " page",
                uid + " 1 2026-11-27T05:23:04Z " + digest + " page");
        LockFormatException failure = assertThrows(LockFormatException.class, () -> ProgrammeLock.parse(lock, ProgrammeLock.FILE_NAME));
        assertEquals(8, failure.problems().size(), failure.getMessage());
        List<String> missing = failure.problems().stream().map(Diagnostic::message).filter(m -> !documented.contains(shape(m))).toList();
        assertEquals(List.of(), missing, "messages missing from " + GUIDE);
    }

    /** The sample project of the integration tests, with every kind of mistake, and the mistakes it lacks. */
    private List<Diagnostic> diagnostics() throws IOException {
        List<Diagnostic> all = new ArrayList<>(validate(Path.of("../plugin/src/it/many-mistakes"), Map.of(), true));
        SampleProject project = new SampleProject(dir)
                .settings("site.host=https://example.org/webinaires", "programme.timezone=Europe/Pariss", "programme.today=2021-02-30")
                .write("tags.properties", "sante=Santé", "Égalité=Égalité", "sport=", "jeunesse", "sante=Santé publique")
                .write("content/apropos.md", "title: À propos", "type=page", "status=published", "~~~~~~",
                        "[a](/guide.html) [b](../autre.html) [c](brouillon.html) [d](guide.md)")
                .write("content/brouillon.md", "title=Brouillon", "type=page", "status=draft", "~~~~~~")
                .page("content/guide.md")
                .page("content/plan.md").write("assets/plan.html", "plan")
                .sessionAt("content/sante.md")
                .write("content/webinaires/sport.md.txt", "title=Le sport")
                .write("assets/Mes Documents/Support 1.pdf", "pdf")
                .session("Santé mondiale", "date=10/03/2021", "start=midi", "end=11h30", "intervenant=X", "timezone=heure de Paris",
                        "tags=climat", "registration=fermée");
        Files.createSymbolicLink(project.dir().resolve("content/lien.md"), project.dir().resolve("content/guide.md"));
        all.addAll(validate(project.dir(), Map.of("contact.email", "secretariat"), true));
        all.addAll(validate(new SampleProject(dir.resolve("sans-vocabulaire")).delete("tags.properties")
                .settings("site.host=").session("a", "tags=sante").dir(), Map.of(), true));
        all.addAll(validate(new SampleProject(dir.resolve("html")).page("content/a-propos.md",
                "<script>alert(1)</script>", "", "Voir <a href=\"https://example.org/\">ce site</a>.", "", "<iframe src=\"https://example.org/\"></iframe>",
                "", "<form action=\"https://example.org/\"></form>", "", "<p>Texte</p>", "",
                "<abbr title=\"x\" style=\"color:red\">y</abbr> <sup class=\"x\">er</sup> <span title=\"x\">z</span>",
                "", "![Logo](https://www.example.org/logo.png)").dir(), Map.of(), false));
        all.addAll(validate(new SampleProject(dir.resolve("sans-formulaire")).session("a").dir(), Map.of(), true));
        all.addAll(validate(new SampleProject(dir.resolve("sans-contact")).session("a").dir(), Map.of("contact.email", ""), false));
        all.addAll(validate(new SampleProject(dir.resolve("formulaire"))
                .session("a").dir(), Map.of("form.action", "https://formspree.io/f/VOTRE_IDENTIFIANT", "form.method", "get"), true));
        all.addAll(validate(new SampleProject(dir.resolve("faits-legaux")).session("a").dir(),
                Map.of("privacy.retention.months", "douze", "accessibility.declaration.date", "10/03/2021", "legal.host", "VOTRE_HEBERGEUR"), true));
        all.addAll(validate(new SampleProject(dir.resolve("formulaire-incomplet")).session("a").dir(),
                Map.of("form.action", "formspree.io/f/mqkvbbyz"), false));
        // Speakers, recording and documents of a session; registration's closing delay.
        all.addAll(validate(new SampleProject(dir.resolve("materiel"))
                .settings(withSetting("registration.closes.hours=un jour"))
                .write("assets/documents/present.pdf", "pdf")
                .session("a", "speakers=Amina Benali, directrice", "replay=http://www.dailymotion.com/video/x7",
                        "documents=documents/support.pdf, ../jbake.properties")
                .session("b", "replay=dailymotion.com/video/x7", "documents=[Support(documents/a.pdf)").dir(), Map.of(), false));
        // What breaks feeds and calendars: invisible characters, clock changes, odd dates, deep nesting.
        all.addAll(validate(new SampleProject(dir.resolve("invisibles"))
                .settings(withSetting("contact.secretariat=Secrétariat\\nDAECT"))
                .session("a", "title=Coopération\u000Bdécentralisée", "date=1900-01-01")
                .session("b", "date=2021-03-28", "start=02:30", "end=03:15", "~~~~~~", "Texte\u0000.", ">".repeat(30) + " citation",
                        "*a ".repeat(300) + "x").dir(), Map.of(), false));
        return all;
    }

    private static List<Diagnostic> validate(Path project, Map<String, String> commandLine, boolean production) {
        var files = new ContentFileReader(project).readAll(project.resolve("content"));
        return ProgrammeValidator.standard().validate(new ValidationContext(project,
                files, SiteSettings.load(project, commandLine), production)).diagnostics();
    }

    private static String[] withSetting(String line) {
        String[] settings = java.util.Arrays.copyOf(SampleProject.DEFAULT_SETTINGS, SampleProject.DEFAULT_SETTINGS.length + 1);
        settings[settings.length - 1] = line;
        return settings;
    }

    /** A message without its particular values. */
    static String shape(String message) {
        return Pattern.compile(" \\(valeur donnée sur la ligne de commande : [^)]*\\)$| \\(donné en ligne de commande par -D[^)]*\\)").matcher(message).replaceAll("")
                .replaceAll("`[^`]*`", "`_`")
                .replaceAll("valeurs possibles : .*$", "valeurs possibles : _")
                .replaceAll("«[^»]*»", "«_»")
                .replaceAll("\\S*/\\S*", "_")
                .replaceAll("\\d+", "0");
    }

    @Test
    void shapesKeepTheWordsAndDropTheValues() {
        assertEquals("`_` : valeur inconnue ; vouliez-vous dire `_` ?", shape("`eventStatus=canceled` : valeur inconnue ; vouliez-vous dire `cancelled` ?"));
        assertEquals(Set.of("la clé `_` est déjà donnée ligne 0"), Set.of("la clé `date` est déjà donnée ligne 12").stream()
                .map(EditorsGuideTest::shape).collect(Collectors.toSet()));
    }
}
