package fr.gouv.diplomatie.daect.programme.view;

import fr.gouv.diplomatie.daect.programme.programme.Programme;
import fr.gouv.diplomatie.daect.programme.programme.TagVocabulary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The themes and places the programme's sessions carry, labelled from the tag vocabulary. */
final class Themes {

    private final Map<String, Theme> bySlug = new LinkedHashMap<>();
    private final List<Theme> used;
    private final TagVocabulary vocabulary;
    private final SitePaths paths;

    /**
     * Themes come in the vocabulary's order (the editors choose it), tags missing from the vocabulary
     * last; those are refused by the validation, but a label never fails: it falls back to the tag.
     */
    Themes(Programme programme, TagVocabulary vocabulary, SitePaths paths) {
        this.vocabulary = vocabulary;
        this.paths = paths;
        List<String> tags = programme.tags();
        List<String> ordered = new ArrayList<>(vocabulary.slugs().stream().filter(tags::contains).toList());
        tags.stream().filter(tag -> !ordered.contains(tag)).forEach(ordered::add);
        for (String tag : ordered) {
            bySlug.put(tag, create(tag));
        }
        used = List.copyOf(bySlug.values());
    }

    /** The themes of at least one published session. */
    List<Theme> used() {
        return used;
    }

    /** The theme of a tag, even one that no published session carries (a draft's, say). */
    Theme of(String slug) {
        Theme theme = bySlug.get(slug);
        return theme != null ? theme : create(slug);
    }

    private Theme create(String tag) {
        return new Theme(tag, vocabulary.label(tag).filter(label -> !label.isBlank()).orElse(tag), paths.themePage(tag));
    }
}
