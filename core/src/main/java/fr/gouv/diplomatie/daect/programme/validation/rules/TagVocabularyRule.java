package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.programme.TagVocabulary;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.Slugs;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** The vocabulary itself: each line a web-safe slug with a French label, each slug once. */
public final class TagVocabularyRule implements Rule {

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        TagVocabulary vocabulary = context.tagVocabulary();
        String path = TagVocabulary.FILE_NAME;
        Map<String, Integer> firstLines = new HashMap<>();
        for (TagVocabulary.Entry entry : vocabulary.entries()) {
            if (entry.label() == null) {
                report.accept(Diagnostic.error(path, entry.line(), "`" + entry.slug() + "` n'est pas une ligne `tag=Libellé` ; écrivez par exemple `"
                        + Slugs.of(entry.slug()) + "=" + entry.slug() + "`"));
                continue;
            }
            if (!Slugs.isSlug(entry.slug())) {
                report.accept(Diagnostic.error(path, entry.line(), "`" + entry.slug() + "` n'est pas un nom de tag valide ; "
                        + "écrivez-le en minuscules, chiffres et tirets, par exemple `" + Slugs.of(entry.slug()) + "`"));
            }
            if (entry.label().isEmpty()) {
                report.accept(Diagnostic.error(path, entry.line(), "le tag `" + entry.slug() + "` n'a pas de libellé ; "
                        + "écrivez par exemple `" + entry.slug() + "=Libellé en français`"));
            }
            Integer first = firstLines.putIfAbsent(entry.slug(), entry.line());
            if (first != null) {
                report.accept(Diagnostic.error(path, entry.line(), "le tag `" + entry.slug() + "` est déjà défini ligne " + first
                        + " ; gardez une seule ligne"));
            }
        }
    }
}
