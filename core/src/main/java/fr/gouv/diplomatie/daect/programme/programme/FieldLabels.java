package fr.gouv.diplomatie.daect.programme.programme;

import fr.gouv.diplomatie.daect.programme.content.ContentFile;

import java.util.Map;
import java.util.Optional;

/**
 * The French label of each header key, as the editing form shows it and as the preview's error
 * overlay names the field of a problem (the guide gives the help, not a label).
 */
public final class FieldLabels {

    /** The label of the text after the header (the form's body field). */
    public static final String BODY = "Présentation";

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry(SessionHeader.TITLE, "Titre"),
            Map.entry(SessionHeader.TYPE, "Type de page"),
            Map.entry(SessionHeader.STATUS, "Publication"),
            Map.entry(SessionHeader.DATE, "Date"),
            Map.entry(SessionHeader.START, "Heure de début"),
            Map.entry(SessionHeader.END, "Heure de fin"),
            Map.entry(SessionHeader.UID, "Identifiant dans les agendas (uid)"),
            Map.entry(SessionHeader.EVENT_STATUS, "État du webinaire"),
            Map.entry(SessionHeader.TAGS, "Thèmes"),
            Map.entry(SessionHeader.TIMEZONE, "Fuseau horaire (s'il n'est pas celui du programme)"),
            Map.entry(SessionHeader.NOTE, "Note mise en avant"),
            Map.entry(SessionHeader.SUMMARY, "Résumé pour les agendas"),
            Map.entry(SessionHeader.REGISTRATION, "Inscriptions"),
            Map.entry(SessionHeader.DESCRIPTION, "Description pour les moteurs de recherche"),
            Map.entry(SessionHeader.SUBTITLE, "Chapeau sous le titre"),
            Map.entry(SessionHeader.SPEAKERS, "Intervenants"),
            Map.entry(SessionHeader.REPLAY, "Adresse de l'enregistrement (https)"),
            Map.entry(SessionHeader.DOCUMENTS, "Documents à télécharger"));

    /** The values of the select fields, as an editor reads them. */
    private static final Map<String, String> VALUES = Map.of(
            "published", "Publié",
            "draft", "Brouillon (absent du site publié)",
            "open", "Ouvertes",
            "closed", "Fermées");

    private FieldLabels() {
    }

    public static Optional<String> of(String key) {
        return Optional.ofNullable(LABELS.get(key));
    }

    /**
     * The field a line of a content file belongs to, as an editor knows it: the label of the key
     * assigned on that header line (the key itself when it has no label), the body's label, or
     * empty for any other line (blank, malformed, the separator, or 0 for the whole file).
     */
    public static Optional<String> atLine(ContentFile file, int line) {
        if (file.isBody(line)) {
            return Optional.of(BODY);
        }
        return file.keyAt(line).map(key -> of(key).orElse(key));
    }

    public static String value(String value) {
        return VALUES.getOrDefault(value, value);
    }
}
