package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.programme.SessionReader;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.Slugs;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;
import fr.gouv.diplomatie.daect.programme.view.SitePaths;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Where a session file lives and how it is named: the site links every session at
 * {@code webinaires/<file name>.html}, so a session elsewhere would be a broken link, and a name
 * with spaces or accents an address that mail clients and calendars cut or mangle (and JBake fails on it:
 * "Illegal character in path"), hence an error.
 */
public final class SessionFileRule implements Rule {

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        Path sessionsDir = context.contentDir().resolve(SitePaths.SESSIONS_DIR).toAbsolutePath().normalize();
        String sessionsShown = context.projectDir().toAbsolutePath().normalize().relativize(sessionsDir).toString().replace('\\', '/') + "/";
        for (ContentFile file : context.files()) {
            if (!file.hasSeparator() || !SessionReader.isSession(file)) {
                continue;
            }
            if (!sessionsDir.equals(file.path().toAbsolutePath().normalize().getParent())) {
                report.accept(Diagnostic.error(file.displayPath(), file.lineOf("type"), "une session doit être rangée dans "
                        + sessionsShown + " : déplacez ce fichier dans ce dossier (ou, si ce n'est pas une session, changez `type=session`)"));
            }
            String slug = SessionReader.slug(file);
            if (!Slugs.isSlug(slug)) {
                String name = file.fileName();
                String extension = name.substring(slug.length());
                report.accept(Diagnostic.error(file.displayPath(), 1, "le nom de fichier `" + name
                        + "` donnerait une adresse peu sûre (majuscules, accents, espaces ou signes) ; renommez-le `" + Slugs.of(slug) + extension
                        + "` (minuscules, chiffres et tirets)"));
            }
        }
    }
}
