package fr.gouv.diplomatie.daect.programme.cms;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.ContentFileReader;
import fr.gouv.diplomatie.daect.programme.programme.FieldLabels;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.ProgrammeValidator;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The build's validation on a file as the editing interface would write it, without writing it: the
 * candidate takes the place of the file at that path (or joins the others, when new) and every rule
 * runs, so that a clash with another session (same uid, overlap) shows too. Only the candidate's own
 * findings are kept, each with the form field it is about.
 */
final class CandidateCheck {

    /** A finding as the preview pane shows it: the field's name and French label ("" and "Fichier" for the file itself). */
    record Finding(String field, String label, String severity, String message, int line) {
    }

    private final Path projectDir;
    private final RepositoryFiles files;

    CandidateCheck(Path projectDir, RepositoryFiles files) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.files = files;
    }

    List<Finding> check(String path, String raw) throws IOException {
        Path file = files.resolve(path);
        ContentFileReader reader = new ContentFileReader(projectDir);
        ContentFile candidate = reader.parse(file, raw.getBytes(StandardCharsets.UTF_8));
        SiteSettings settings = SiteSettings.load(projectDir, Map.of());
        List<ContentFile> all = new ArrayList<>();
        for (ContentFile other : reader.readAll(projectDir.resolve(settings.get("content.folder", "content")))) {
            if (!other.path().equals(file)) {
                all.add(other);
            }
        }
        all.add(candidate);
        all.sort(Comparator.comparing(f -> f.path().toString()));
        List<Finding> findings = new ArrayList<>();
        for (Diagnostic diagnostic : ProgrammeValidator.standard().validate(new ValidationContext(projectDir, all, settings, false)).diagnostics()) {
            if (diagnostic.file().equals(candidate.displayPath())) {
                String field = candidate.isBody(diagnostic.line()) ? "body" : candidate.keyAt(diagnostic.line()).orElse("");
                String label = FieldLabels.atLine(candidate, diagnostic.line()).orElse("Fichier");
                findings.add(new Finding(field, label, diagnostic.severity().label(), diagnostic.message(), diagnostic.line()));
            }
        }
        return findings;
    }
}
