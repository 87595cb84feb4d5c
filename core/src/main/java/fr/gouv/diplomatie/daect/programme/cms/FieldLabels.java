package fr.gouv.diplomatie.daect.programme.cms;

import fr.gouv.diplomatie.daect.programme.programme.SessionHeader;

import java.util.Map;
import java.util.Optional;

/** The French label of each header key in the editing form (the guide gives the help, not a label). */
final class FieldLabels {

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

    static Optional<String> of(String key) {
        return Optional.ofNullable(LABELS.get(key));
    }

    static String value(String value) {
        return VALUES.getOrDefault(value, value);
    }
}
