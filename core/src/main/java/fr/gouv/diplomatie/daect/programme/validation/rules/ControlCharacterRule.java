package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.HeaderLine;
import fr.gouv.diplomatie.daect.programme.content.TextCharacters;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * No invisible control character in a content file (see {@link TextCharacters}): they make the Atom feed
 * invalid XML and calendars invalid. A header value may not hold a tabulation either (it would reach the
 * calendars as is); a body may (an indentation). One diagnostic per line, for its first such character.
 */
public final class ControlCharacterRule implements Rule {

    private static final String ADVICE = " ; supprimez-le ou remplacez-le par une espace "
            + "(il vient souvent d'un copier-coller depuis un traitement de texte)";

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        for (ContentFile file : context.files()) {
            for (HeaderLine line : file.header()) {
                // The key and the value as read: the blanks around them are not kept, a tabulation there does no harm.
                String text = line.isAssignment() ? line.key() + "=" + line.value() : line.raw().strip();
                TextCharacters.firstForbidden(text, false).ifPresent(at -> report.accept(Diagnostic.error(file.displayPath(), line.line(),
                        describe(text.charAt(at)) + " dans la valeur de `" + shown(line) + "`, interdit dans un en-tête" + ADVICE)));
            }
            checkBody(file, report);
        }
    }

    private static void checkBody(ContentFile file, Consumer<Diagnostic> report) {
        String body = file.body();
        if (TextCharacters.firstForbidden(body, true).isEmpty()) {
            return; // the common case, without cutting the body into lines
        }
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            OptionalInt at = TextCharacters.firstForbidden(lines[i], true);
            if (at.isPresent()) {
                report.accept(Diagnostic.error(file.displayPath(), file.bodyFirstLine() + i,
                        describe(lines[i].charAt(at.getAsInt())) + " dans le texte, interdit" + ADVICE));
            }
        }
    }

    /** "caractère invisible `U+000B` « tabulation verticale »" */
    static String describe(char c) {
        return "caractère invisible `" + TextCharacters.code(c) + "` « " + TextCharacters.name(c) + " »";
    }

    /** The key, or for a line without one its first words, without the characters that cannot be shown. */
    private static String shown(HeaderLine line) {
        if (line.isAssignment()) {
            return TextCharacters.safe(line.key()).replace('`', '\'').strip();
        }
        String raw = TextCharacters.safe(line.raw()).replace('\t', ' ').replace('`', '\'').strip();
        return raw.length() > 30 ? raw.substring(0, 30) + "…" : raw;
    }
}
