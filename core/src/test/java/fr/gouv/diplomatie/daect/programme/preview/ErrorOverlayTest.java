package fr.gouv.diplomatie.daect.programme.preview;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.ContentFileReader;
import fr.gouv.diplomatie.daect.programme.site.ValidationFailedException;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.ValidationReport;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorOverlayTest {

    private static final String FILE = "content/webinaires/2021-01-13-sante.md";
    private static final String TEXT = """
            title=La santé
            type=session
            status=published
            date=2021-01-13
            start=14:00
            end=13:00
            ~~~~~~

            Une présentation.
            """;

    private final Path root = Path.of("projet").toAbsolutePath();
    private final ContentFile file = new ContentFileReader(root).parse(root.resolve(FILE), TEXT.getBytes(StandardCharsets.UTF_8));

    private String overlay(Diagnostic... diagnostics) {
        ValidationReport report = new ValidationReport(List.of(diagnostics), 1);
        return ErrorOverlay.html(SiteRebuilder.failure(new ValidationFailedException(report, List.of(file))));
    }

    @Test
    void aProblemOnAHeaderLineNamesTheFieldAsTheEditingFormDoesAndKeepsTheBuildsLine() {
        Diagnostic end = Diagnostic.error(FILE, 6, "la fin (13:00) doit venir après le début (14:00)");
        String html = overlay(end);
        assertTrue(html.contains("<li><strong>Champ « Heure de fin » :</strong> <code>" + FILE
                + ":6: erreur: la fin (13:00) doit venir après le début (14:00)</code></li>"), html);
    }

    @Test
    void aProblemInTheBodyNamesThePresentationAndOneOnTheWholeFileNoField() {
        String html = overlay(Diagnostic.error(FILE, 9, "lien vide"), Diagnostic.error(FILE, 0, "fichier vide"));
        assertTrue(html.contains("<li><strong>Champ « Présentation » :</strong> <code>" + FILE + ":9: erreur: lien vide</code></li>"), html);
        assertTrue(html.contains("<li><code>" + FILE + ":1: erreur: fichier vide</code></li>"), html);
    }

    @Test
    void theBuildsLinesAreUnchangedForTheTerminal() {
        Diagnostic end = Diagnostic.error(FILE, 6, "la fin doit venir après le début");
        BuildResult result = SiteRebuilder.failure(new ValidationFailedException(new ValidationReport(List.of(end), 1), List.of(file)));
        assertEquals(List.of(FILE + ":6: erreur: la fin doit venir après le début"), result.problems());
    }

    @Test
    void aProblemOfATemplateHasNoField() {
        String html = ErrorOverlay.html(BuildResult.failure("La cuisson du site a échoué", List.of("erreur dans le gabarit session.ftl")));
        assertTrue(html.contains("<li><code>erreur dans le gabarit session.ftl</code></li>"), html);
    }
}
