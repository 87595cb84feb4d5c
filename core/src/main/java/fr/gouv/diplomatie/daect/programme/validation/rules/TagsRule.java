package fr.gouv.diplomatie.daect.programme.validation.rules;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;
import fr.gouv.diplomatie.daect.programme.content.HeaderLine;
import fr.gouv.diplomatie.daect.programme.programme.SessionHeader;
import fr.gouv.diplomatie.daect.programme.programme.TagVocabulary;
import fr.gouv.diplomatie.daect.programme.validation.Diagnostic;
import fr.gouv.diplomatie.daect.programme.validation.Rule;
import fr.gouv.diplomatie.daect.programme.validation.Slugs;
import fr.gouv.diplomatie.daect.programme.validation.Suggestions;
import fr.gouv.diplomatie.daect.programme.validation.ValidationContext;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Every tag of a file must be in the vocabulary, {@code tags.properties}, so that theme filters stay clean. */
public final class TagsRule implements Rule {

    @Override
    public void check(ValidationContext context, Consumer<Diagnostic> report) {
        TagVocabulary vocabulary = context.tagVocabulary();
        List<String> slugs = vocabulary.slugs();
        for (ContentFile file : context.files()) {
            if (!file.hasSeparator()) {
                continue;
            }
            Optional<HeaderLine> line = file.line(SessionHeader.TAGS);
            if (line.isEmpty()) {
                continue;
            }
            for (String tag : SessionHeader.splitTags(line.get().value())) {
                if (!vocabulary.contains(tag)) {
                    report.accept(Diagnostic.error(file.displayPath(), line.get().line(), message(tag, vocabulary, slugs)));
                }
            }
        }
    }

    private static String message(String tag, TagVocabulary vocabulary, List<String> slugs) {
        String given = "tag inconnu `" + tag + "`";
        if (!vocabulary.present()) {
            return given + " : le vocabulaire " + TagVocabulary.FILE_NAME + " est absent de la racine du dépôt ; "
                    + "créez-le avec une ligne `" + Slugs.of(tag) + "=Libellé en français` par tag";
        }
        return Suggestions.nearest(tag, slugs)
                .map(nearest -> given + " ; vouliez-vous dire `" + nearest + "` ?")
                .orElseGet(() -> given + " ; choisissez un tag de " + TagVocabulary.FILE_NAME + " ou ajoutez-y une ligne `"
                        + Slugs.of(tag) + "=Libellé en français`");
    }
}
